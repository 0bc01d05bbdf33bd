// The resident's one-touch link on the resident card (ALM-1): liaisons and the centre issue it, then open or copy
// it for the resident's phone. Shown once: the server keeps only a hash, so a lost link is replaced by a new one.
import { useState } from 'react';
import { describeError } from '../../app/describe-error';
import { useI18n } from '../../app/i18n/useI18n';
import { loadSession } from '../../app/session';
import { useOnline } from '../../app/useOnline';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { issueOneTouchLink } from './one-touch-link';
import './alarms.css';

export function OneTouchLink({ residentId }: { residentId: string }) {
  const { t, lang } = useI18n();
  const online = useOnline();
  const [link, setLink] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState(false);

  async function issue() {
    const session = loadSession();
    if (!session) return;
    setBusy(true);
    setError(null);
    setCopied(false);
    try {
      setLink(await issueOneTouchLink(residentId, session.token, lang, window.location.origin));
    } catch (e) {
      setError(describeError(e, t));
    } finally {
      setBusy(false);
    }
  }

  async function copy() {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <div className="one-touch-link" data-testid="one-touch-link">
      <p className="one-touch-link__about">{t('alarms.oneTouch.about')}</p>
      {link ? (
        <>
          <p className="one-touch-link__url">
            <a href={link} target="_blank" rel="noreferrer" data-testid="one-touch-url">
              {link}
            </a>
          </p>
          <Notice tone="warning">{t('alarms.oneTouch.once')}</Notice>
          <Button variant="secondary" onClick={copy}>
            {copied ? t('alarms.oneTouch.copied') : t('alarms.oneTouch.copy')}
          </Button>
        </>
      ) : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Button
        variant={link ? 'secondary' : 'primary'}
        busy={busy}
        disabled={!online}
        onClick={issue}
        data-testid="one-touch-issue"
      >
        {link ? t('alarms.oneTouch.again') : t('alarms.oneTouch.issue')}
      </Button>
      {online ? null : <p className="one-touch-link__offline">{t('alarms.oneTouch.offline')}</p>}
    </div>
  );
}
