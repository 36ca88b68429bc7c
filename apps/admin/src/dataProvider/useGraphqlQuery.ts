import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useDataProvider, useLocaleState } from 'react-admin';
import type { BitgoeulDataProvider } from './dataProvider';

/**
 * A page that is not a resource (the calculator, the map, the dashboard) asks the API through the data
 * provider's own client, cached by react-admin's query client like every list. The UI language is part
 * of the key: the server writes labels and messages in it.
 */
export function useGraphqlQuery<T>(
  key: string,
  document: string,
  variables: Record<string, unknown> = {},
): UseQueryResult<T> {
  const dataProvider = useDataProvider<BitgoeulDataProvider>();
  const [locale] = useLocaleState();
  return useQuery({
    queryKey: ['bitgoeul', key, locale, variables],
    queryFn: () => dataProvider.query<T>(document, variables),
  });
}
