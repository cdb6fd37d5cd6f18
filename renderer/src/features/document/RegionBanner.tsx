import type { Region } from '../../../../shared/domain/document';
import { useDocument } from './document.store';
import { regionTitle } from './regions.logic';
import { useT } from '../../ui/i18n/I18n';

/** The label and include/exclude switch above a boilerplate block found on import. */
export function RegionBanner({ region }: { region: Region }) {
  const t = useT();
  const title = regionTitle(region, t);
  return (
    <div className={region.excluded ? 'region-banner excluded' : 'region-banner'} role="group" aria-label={title}>
      <span className="region-title">{title}</span>
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
