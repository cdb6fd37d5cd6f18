import { type FormEvent, useState } from 'react';
import { useDesk } from './desk.store';
import { T, UserText, useT } from '../../ui/i18n/I18n';
import { useModalDialog } from '../../ui/useModalDialog';

/**
 * Desk settings: the shared git repository and its token, and who I am. The token is never
 * shown back (the server only says whether one is stored); an empty field keeps it.
 */
export function RemoteDialog() {
  const t = useT();
  const sync = useDesk((s) => s.sync);
  const error = useDesk((s) => s.remoteError);
  const saving = useDesk((s) => s.remoteSaving);
  const annotator = useDesk((s) => s.annotator);
  const { saveRemote, closeRemote, openAnnotatorPrompt } = useDesk.getState();
  const [url, setUrl] = useState(sync?.remoteUrl ?? '');
  const [username, setUsername] = useState('');
  const [token, setToken] = useState('');
  const [forgetToken, setForgetToken] = useState(false);
  const dialog = useModalDialog();
  const stored = sync?.credentials.present ?? false;

  function submit(event: FormEvent) {
    event.preventDefault();
    void saveRemote({ url, token, username, forgetToken });
  }

  const urlError = error?.field === 'url' ? error.message : null;
  const tokenError = error?.field === 'token' ? error.message : null;
  return (
    <dialog
      ref={dialog}
      className="dialog desk-dialog"
      aria-label={t('desk.remote.title')}
      onCancel={(event) => {
        event.preventDefault();
        closeRemote();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2>{t('desk.remote.title')}</h2>
        <p className="desk-me">
          {t('desk.remote.annotatingAs')}{' '}
          <bdi dir="auto" data-user-content="">
            {annotator?.name ?? '…'}
          </bdi>{' '}
          <bdi dir="ltr" data-user-content="">
            &lt;{annotator?.email ?? ''}&gt;
          </bdi>{' '}
          <button type="button" className="link" onClick={openAnnotatorPrompt}>
            {t('desk.remote.change')}
          </button>
        </p>
        <label>
          {t('desk.remote.url')}
          <span className="hint">{t('desk.remote.urlHint')}</span>
          <input
            name="remote-url"
            dir="ltr"
            value={url}
            placeholder={t('desk.remote.urlPlaceholder')}
            aria-invalid={urlError ? true : undefined}
            aria-describedby={urlError ? 'remote-url-error' : undefined}
            onChange={(e) => setUrl(e.target.value)}
          />
          {urlError && (
            <span id="remote-url-error" role="alert" className="field-error" dir="auto">
              {urlError}
            </span>
          )}
        </label>
        <label>
          {t('desk.remote.user')} <span className="hint">{t('desk.remote.userHint')}</span>
          <input name="remote-user" dir="ltr" value={username} autoComplete="off" onChange={(e) => setUsername(e.target.value)} />
        </label>
        <label>
          {t('desk.remote.token')}
          <span className="hint">
            {stored ? t('desk.remote.tokenStored') : t('desk.remote.noToken')}{' '}
            <T id="desk.remote.tokenKept" values={{ source: <UserText>{sync?.credentials.source ?? '…'}</UserText> }} />
          </span>
          <input
            name="remote-token"
            type="password"
            dir="ltr"
            value={token}
            autoComplete="new-password"
            placeholder={stored ? t('desk.remote.tokenPlaceholder') : ''}
            aria-invalid={tokenError ? true : undefined}
            onChange={(e) => setToken(e.target.value)}
          />
          {tokenError && (
            <span role="alert" className="field-error">
              {tokenError}
            </span>
          )}
        </label>
        {stored && (
          <label className="choice">
            <input type="checkbox" checked={forgetToken} onChange={(e) => setForgetToken(e.target.checked)} />
            <span>{t('desk.remote.forget')}</span>
          </label>
        )}
        {error && error.field === null && (
          <p role="alert" className="dialog-error" dir="auto">
            {error.message}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={closeRemote}>
            {t('document.toolbar.cancel')}
          </button>
          <button type="submit" className="primary" disabled={saving}>
            {saving ? t('document.save.saving') : t('speakers.editor.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
