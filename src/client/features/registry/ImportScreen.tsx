// Bulk import of the registry from CSV (ADM-3) at /import, for admins: choose a kind and a file, check it (dry run),
// read the refused rows, then import; the template downloads with the session's token. Online only.
import './registry.css';
import { type ChangeEvent, useEffect, useState } from 'react';
import { describeError } from '../../app/describe-error';
import { useI18n } from '../../app/i18n/useI18n';
import { useOnline } from '../../app/useOnline';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { ImportReportView } from './ImportReportView';
import { downloadTemplate, type ImportKind, type ImportReport, importKinds, runImport } from './import-api';
import { useSessionUser } from './useSessionUser';

interface Chosen {
  name: string;
  size: number;
  text: string;
}

export default function ImportScreen() {
  const { t, lang } = useI18n();
  const online = useOnline();
  const { session } = useSessionUser();
  const [kind, setKind] = useState<ImportKind>('companies');
  const [file, setFile] = useState<Chosen | null>(null);
  const [busy, setBusy] = useState<'check' | 'run' | 'template' | null>(null);
  const [result, setResult] = useState<{ report: ImportReport; dryRun: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    document.title = `${t('import.title')} · ${t('app.name')} ${t('app.latinName')}`;
  }, [t]);

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const f = event.target.files?.[0];
    setResult(null);
    setError(null);
    setFile(f ? { name: f.name, size: f.size, text: await f.text() } : null);
  }

  async function send(dryRun: boolean) {
    if (!file) return setError(t('import.noFile'));
    if (!session) return;
    setBusy(dryRun ? 'check' : 'run');
    setError(null);
    try {
      const report = await runImport(kind, file.text, { dryRun, token: session.token, lang });
      setResult({ report, dryRun });
    } catch (caught) {
      setResult(null);
      setError(t('import.failed', { reason: describeError(caught, t) }));
    } finally {
      setBusy(null);
    }
  }

  async function template() {
    if (!session) return;
    setBusy('template');
    setError(null);
    try {
      await downloadTemplate(kind, session.token, lang);
    } catch (caught) {
      setError(t('import.templateFailed', { reason: describeError(caught, t) }));
    } finally {
      setBusy(null);
    }
  }

  const disabled = !online || busy !== null;
  return (
    <main className="reg import" data-testid="screen-import">
      <h1 className="reg__title">{t('import.title')}</h1>
      <p className="reg-muted">{t('import.intro')}</p>
      {!online ? (
        <Notice tone="warning" testId="import-offline">
          {t('import.offline')}
        </Notice>
      ) : null}
      <div className="import-form">
        <div className="field">
          <label className="field__label" htmlFor="import-kind">
            {t('import.kind')}
          </label>
          <select
            id="import-kind"
            className="field__input reg-select"
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as ImportKind);
              setResult(null);
            }}
            data-testid="import-kind"
          >
            {importKinds.map((k) => (
              <option key={k} value={k}>
                {t(`import.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <Button
          variant="quiet"
          onClick={template}
          disabled={disabled}
          busy={busy === 'template'}
          data-testid="import-template"
        >
          {t('import.template', { kind: t(`import.kind.${kind}`) })}
        </Button>
        <div className="field">
          <label className="field__label" htmlFor="import-file">
            {t('import.file')}
          </label>
          <input
            id="import-file"
            className="import-file"
            type="file"
            accept=".csv,text/csv"
            onChange={pick}
            data-testid="import-file"
          />
          {file ? (
            <p className="reg-muted">
              {t('import.fileInfo', { name: file.name, size: (file.size / 1024).toFixed(1) })}
            </p>
          ) : null}
        </div>
        <div className="reg-form__actions">
          <Button
            variant="secondary"
            onClick={() => send(true)}
            disabled={disabled}
            busy={busy === 'check'}
            data-testid="import-check"
          >
            {busy === 'check' ? t('import.running') : t('import.check')}
          </Button>
          <Button
            onClick={() => send(false)}
            disabled={disabled || !file}
            busy={busy === 'run'}
            data-testid="import-run"
          >
            {busy === 'run' ? t('import.running') : t('import.run')}
          </Button>
        </div>
      </div>
      {error ? (
        <Notice tone="error" testId="import-error">
          {error}
        </Notice>
      ) : null}
      {result ? <ImportReportView report={result.report} dryRun={result.dryRun} /> : null}
    </main>
  );
}
