import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useLocaleState } from 'react-admin';
import type { BitgoeulDataProvider } from '../dataProvider/dataProvider';
import { REVIEW_QUEUE_QUERY } from './publishingDocuments';
import { type QueueIndicator, reviewQueue } from './reviewQueue';

type Page = {
  indicators: { nodes: QueueIndicator[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
};

/**
 * Every indicator's vintages, read 20 indicators a page, sorted into the review queue in the client
 * (the API has no filter by publication state on figures yet; one on the server would scale better).
 */
export function useReviewQueue() {
  const dataProvider = useDataProvider<BitgoeulDataProvider>();
  const [locale] = useLocaleState();
  return useQuery({
    queryKey: ['bitgoeul', 'reviewQueue', locale],
    queryFn: async () => {
      const indicators: QueueIndicator[] = [];
      let after: string | null = null;
      for (let page = 0; page < 250; page++) {
        const data: Page = await dataProvider.query<Page>(REVIEW_QUEUE_QUERY, { after });
        indicators.push(...data.indicators.nodes);
        const { hasNextPage, endCursor } = data.indicators.pageInfo;
        if (!hasNextPage || !endCursor) break;
        after = endCursor;
      }
      return reviewQueue(indicators, new Date());
    },
  });
}
