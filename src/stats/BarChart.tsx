import type { Bar } from './summary';

const ROW = 26;
const LABEL_WIDTH = 220;
const CHART_WIDTH = 640;

/**
 * Horizontal bars in plain inline SVG: a label, a bar scaled to the largest value, the number at its end. The
 * figures are in the markup too (a <title> per bar and the list the chart is labelled by), for screen readers.
 */
export function BarChart({ bars, title, empty }: { bars: Bar[]; title: string; empty: string }) {
  if (bars.length === 0 || bars.every((b) => b.value === 0)) return <p class="muted">{empty}</p>;
  const max = Math.max(...bars.map((b) => b.value));
  const room = CHART_WIDTH - LABEL_WIDTH - 48;
  return (
    <svg
      class="chart"
      role="img"
      aria-label={`${title}: ${bars.map((b) => `${b.label} ${b.value}`).join(', ')}`}
      viewBox={`0 0 ${CHART_WIDTH} ${bars.length * ROW}`}
      width="100%"
      data-testid="chart"
    >
      {bars.map((bar, i) => {
        const width = max === 0 ? 0 : Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * room);
        const y = i * ROW;
        const label = bar.label.length > 32 ? `${bar.label.slice(0, 31)}…` : bar.label;
        return (
          <g key={bar.key}>
            <text x={LABEL_WIDTH - 8} y={y + ROW / 2} text-anchor="end" dominant-baseline="middle" class="label">
              {label}
            </text>
            <rect x={LABEL_WIDTH} y={y + 4} width={width} height={ROW - 8} rx="3" class="bar">
              <title>{`${bar.label}: ${bar.value}`}</title>
            </rect>
            <text x={LABEL_WIDTH + width + 6} y={y + ROW / 2} dominant-baseline="middle" class="value">
              {bar.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
