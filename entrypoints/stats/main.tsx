import { render } from 'preact';
import { StatsApp } from '@/src/stats/StatsApp';
import '@/src/options/options.css';
import '@/src/stats/stats.css';

render(<StatsApp />, document.getElementById('app')!);
