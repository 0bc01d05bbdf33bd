// The resident's one-touch page at /r/<token> (ALM-1): no login, one huge button, a confirm step, then plain words
// on who is coming. Must not use the signed-in shell, the local db or the sync engine: only resident-api.ts.
import { useEffect, useReducer } from 'react';
import { useI18n } from '../app/i18n/useI18n';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { ResidentStatusView } from './ResidentStatusView';
import {
  clearPendingPress,
  fetchResidentAlarm,
  loadPendingPress,
  pushRaise,
  RetryLater,
  savePendingPress,
} from './resident-api';
import { rememberResidentToken } from './resident-route';
import { nextResidentState, type ResidentState } from './resident-state';
import { newUuid } from './uuid';
import './resident.css';

// An unsent press retries every 2 s: someone is waiting, and a cheap phone can afford one small request that often.
const retryMs = 2_000;
// The status is read every 3 s while an alarm is open, so "X is coming" shows within seconds of the accept.
const pollMs = 3_000;

export function ResidentPage({ token }: { token: string }) {
  const { t, lang, setLang } = useI18n();
  const [state, dispatch] = useReducer(nextResidentState, token, initialState);
  const [name, setName] = useReducer((_: string, next: string) => next, '');

  useEffect(() => {
    rememberResidentToken(token);
    document.title = t('resident.page.title');
  }, [token, t]);

  useSendPendingPress(token, lang, state, dispatch);
  useResidentPoll(token, lang, state, dispatch, setName);

  function confirm() {
    savePendingPress(token, { id: newUuid(), at: new Date().toISOString() });
    dispatch({ type: 'confirm' });
  }

  return (
    <div className="rp" data-testid="resident-page" data-state={state.type} lang={lang}>
      <header className="rp__head">
        <p className="rp__hello">{name ? t('resident.page.hello', { name }) : t('resident.page.title')}</p>
        <LanguageSwitch lang={lang} onChange={setLang} label={t('resident.page.language')} />
      </header>
      <main className="rp__main">
        <ResidentStatusView
          state={state}
          onPress={() => dispatch({ type: 'press' })}
          onConfirm={confirm}
          onCancel={() => dispatch({ type: 'cancel' })}
        />
      </main>
    </div>
  );
}

function initialState(token: string): ResidentState {
  return loadPendingPress(token) ? { type: 'sending', retrying: false } : { type: 'idle' };
}

type Dispatch = (event: Parameters<typeof nextResidentState>[1]) => void;

/** While sending: push the stored press, again every 2 s after a failure, until the server answers. */
function useSendPendingPress(token: string, lang: string, state: ResidentState, dispatch: Dispatch) {
  const sending = state.type === 'sending';
  useEffect(() => {
    if (!sending) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    async function attempt() {
      const press = loadPendingPress(token);
      if (!press || stopped) return;
      try {
        const outcome = await pushRaise(token, press, lang);
        if (stopped) return;
        clearPendingPress(token);
        if (outcome.type === 'applied') dispatch({ type: 'push_applied' });
        else if (outcome.type === 'refused') dispatch({ type: 'push_refused', message: outcome.message });
        else dispatch({ type: 'token_refused' });
      } catch (error) {
        if (stopped || !(error instanceof RetryLater)) return;
        dispatch({ type: 'push_failed' });
        timer = setTimeout(() => void attempt(), retryMs);
      }
    }
    void attempt();
    const onOnline = () => {
      clearTimeout(timer);
      void attempt();
    };
    window.addEventListener('online', onOnline);
    return () => {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener('online', onOnline);
    };
  }, [sending, token, lang, dispatch]);
}

/** Reads the resident's alarm on opening the page, then every 3 s while one is being tracked. */
function useResidentPoll(
  token: string,
  lang: string,
  state: ResidentState,
  dispatch: Dispatch,
  setName: (name: string) => void,
) {
  const polling = state.type === 'tracking' || state.type === 'refused';
  useEffect(() => {
    let stopped = false;
    async function read() {
      const answer = await fetchResidentAlarm(token, lang);
      if (stopped || answer === null) return;
      if (answer === 'bad_token') return dispatch({ type: 'token_refused' });
      setName(answer.resident.name);
      dispatch({ type: 'status', alarm: answer.alarm });
    }
    void read();
    const timer = polling ? setInterval(() => void read(), pollMs) : undefined;
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [polling, token, lang, dispatch, setName]);
}

export default ResidentPage;
