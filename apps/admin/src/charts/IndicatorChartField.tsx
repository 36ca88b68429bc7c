import { useRecordContext } from 'react-admin';
import { IndicatorChart } from './IndicatorChart';

/** The chart of the indicator a show page displays. */
export const IndicatorChartField = () => {
  const record = useRecordContext<{ id: string }>();
  return record ? <IndicatorChart id={record.id} /> : null;
};
