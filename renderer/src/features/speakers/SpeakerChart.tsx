import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SpeakerStats } from '../../../../shared/contract/speakers';
import { shortName } from './speakers.logic';
import { useTranslator } from '../../ui/i18n/I18n';

const TOP = 10;
const ROW = 38;
/** Room for the names beside the bars; Arabic names are drawn right-aligned against the axis. */
const NAME_WIDTH = 190;

/** A name on the category axis. SVG text would lay Arabic out left-to-right; direction fixes it. */
function NameTick(props: { x?: number; y?: number; payload?: { value: string } }) {
  const { x = 0, y = 0, payload } = props;
  const name = payload?.value ?? '';
  const rtl = /[\u0590-\u08ff]/.test(name);
  return (
    <text x={x - 8} y={y} dy="0.35em" textAnchor={rtl ? 'start' : 'end'} direction={rtl ? 'rtl' : 'ltr'} className="chart-name">
      <title>{name}</title>
      <tspan className="chart-label">{shortName(name)}</tspan>
    </text>
  );
}

/** Most-quoted speakers as horizontal bars: long Arabic names read better beside a bar than under it. */
export function SpeakerChart({ speakers }: { speakers: SpeakerStats[] }) {
  const data = speakers
    .filter((s) => s.quotes > 0)
    .slice(0, TOP)
    .map((s) => ({ name: s.speaker.name, quotes: s.quotes }));
  const tr = useTranslator();
  const { t } = tr;
  if (data.length === 0) return <p className="hint">{t('speakers.chart.empty')}</p>;
  return (
    <figure className="speaker-chart" aria-label={t('speakers.chart.title')}>
      <figcaption>{t('speakers.chart.title')}</figcaption>
      <ResponsiveContainer width="100%" height={data.length * ROW + 40}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 36, bottom: 4, left: 8 }}>
          <CartesianGrid horizontal={false} stroke="#e7e3da" />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12, fill: '#6b6862' }} tickFormatter={(n: number) => tr.number(n)} />
          <YAxis type="category" dataKey="name" width={NAME_WIDTH} tick={<NameTick />} interval={0} />
          <Tooltip
            cursor={{ fill: 'rgba(15, 107, 92, 0.08)' }}
            formatter={(value) => [tr.number(Number(value)), t('speakers.table.quotes')]}
          />
          <Bar dataKey="quotes" fill="#0f6b5c" radius={[0, 4, 4, 0]} isAnimationActive={false} barSize={22}>
            <LabelList dataKey="quotes" position="right" className="chart-value" formatter={(n: unknown) => tr.number(Number(n))} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
