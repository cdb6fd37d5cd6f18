import type { Region } from '../../../../shared/domain/document';
import { useDocument } from './document.store';
import { T, UserText, useT } from '../../ui/i18n/I18n';

/** The label and include/exclude switch above a boilerplate block found on import. */
export function RegionBanner({ region }: { region: Region }) {
  const t = useT();
  const label = region.label.trim() || region.kind.replace(/[-_]+/g, ' ').trim();
  const titleId = `region-title-${region.id}`;
  return (
    <div className={region.excluded ? 'region-banner excluded' : 'region-banner'} role="group" aria-labelledby={titleId}>
      {/* The label is the article's own words (or the import's kind of block): the journalist's text. */}
      <span className="region-title" id={titleId}>
        {label ? <T id="document.region.title" values={{ label: <UserText>{label}</UserText> }} /> : t('document.region.titleBlock')}
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
