import type { Region } from '../../../../shared/domain/document';
import type { MessageId } from '../../../../shared/i18n/catalogs';
import { REGION_LABELS, type RegionKind } from '../../../../shared/import/markers';
import { useDocument } from './document.store';
import { T, UserText, useT } from '../../ui/i18n/I18n';

/** The label and include/exclude switch above a boilerplate block found on import. */
export function RegionBanner({ region }: { region: Region }) {
  const t = useT();
  // A block the import found carries the import's own two-language label in the data (exports keep it);
  // on screen it is named in the interface's language. Any other label is the journalist's or the page's words.
  const known = region.kind in REGION_LABELS ? (region.kind as RegionKind) : null;
  const generated = known !== null && (region.label.trim() === '' || region.label === REGION_LABELS[known]);
  const label = generated ? '' : region.label.trim() || region.kind.replace(/[-_]+/g, ' ').trim();
  const titleId = `region-title-${region.id}`;
  return (
    <div className={region.excluded ? 'region-banner excluded' : 'region-banner'} role="group" aria-labelledby={titleId}>
      {/* The label is the article's own words (or the import's kind of block): the journalist's text. */}
      <span className="region-title" id={titleId}>
        {generated ? (
          t('document.region.title', { label: t(`document.region.kind.${known}` as MessageId) })
        ) : label ? (
          <T id="document.region.title" values={{ label: <UserText>{label}</UserText> }} />
        ) : (
          t('document.region.titleBlock')
        )}
      </span>
      <span className="region-state">{region.excluded ? t('document.region.excluded') : t('document.region.included')}</span>
      <button
        type="button"
        className="region-toggle"
        aria-pressed={!region.excluded}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => useDocument.getState().setRegionExcluded(region.id, !region.excluded)}
      >
        {region.excluded ? t('document.region.include') : t('document.region.exclude')}
      </button>
    </div>
  );
}
