// What the one-touch page shows for each state: the huge button, the confirm step, and the plain status lines.
// Must not fetch or store: ResidentPage owns the state and passes the actions in.
import { useI18n } from '../app/i18n/useI18n';
import { isFinished, type ResidentState, residentLineOf } from './resident-state';

interface Props {
  state: ResidentState;
  onPress: () => void;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ResidentStatusView({ state, onPress, onConfirm, onCancel }: Props) {
  const { t } = useI18n();
  if (state.type === 'bad_token') return <p className="rp__line rp__line--bad">{t('resident.page.badToken')}</p>;
  if (state.type === 'confirming') {
    return (
      <div className="rp__confirm" role="alertdialog" aria-labelledby="rp-confirm">
        <p className="rp__question" id="rp-confirm">
          {t('resident.page.confirm')}
        </p>
        <button type="button" className="rp__yes" onClick={onConfirm} data-testid="resident-confirm">
          {t('resident.page.confirmYes')}
        </button>
        <button type="button" className="rp__no" onClick={onCancel} data-testid="resident-cancel">
          {t('resident.page.confirmNo')}
        </button>
      </div>
    );
  }
  if (state.type === 'idle' || isFinished(state)) {
    return (
      <>
        {isFinished(state) ? <StatusLine state={state} /> : null}
        <button type="button" className="rp__help" onClick={onPress} data-testid="resident-help">
          <span className="rp__help-word">
            {isFinished(state) ? t('resident.page.again') : t('resident.page.help')}
          </span>
          <span className="rp__help-sub">{t('resident.page.helpSub')}</span>
        </button>
      </>
    );
  }
  return (
    <div className="rp__status">
      {state.type === 'refused' ? <p className="rp__line rp__line--bad">{state.message}</p> : null}
      <StatusLine state={state} />
      {isStillWaiting(state) ? <UrgentHint /> : null}
    </div>
  );
}

function StatusLine({ state }: { state: ResidentState }) {
  const { t } = useI18n();
  const line = residentLineOf(state);
  if (!line) return null;
  const text = 'name' in line ? t(line.key, { name: line.name }) : t(line.key);
  return (
    <div className="rp__tracking">
      <p className="rp__line" data-testid="resident-status" data-line={line.key} aria-live="assertive">
        {text}
      </p>
      {'phone' in line && line.phone ? (
        <a className="rp__call" href={`tel:${line.phone}`} data-testid="resident-call-responder">
          {t('resident.page.callResponder', { name: line.name })}
          <span className="rp__phone">{line.phone}</span>
        </a>
      ) : null}
    </div>
  );
}

/** Still trying to send, or sent and nobody has accepted yet: the resident should know 120 is there. */
function isStillWaiting(state: ResidentState): boolean {
  if (state.type === 'sending') return state.retrying;
  return state.type === 'tracking' && (state.alarm === null || state.alarm.status === 'raised');
}

function UrgentHint() {
  const { t } = useI18n();
  return (
    <div className="rp__urgent" data-testid="resident-urgent">
      <p>{t('resident.page.urgent')}</p>
      <a className="rp__call rp__call--120" href="tel:120">
        {t('resident.page.call120')}
      </a>
    </div>
  );
}
