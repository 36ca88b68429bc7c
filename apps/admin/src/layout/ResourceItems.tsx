import { Menu, useResourceDefinitions, useTranslate } from 'react-admin';

/**
 * react-admin's resource entries, except that a resource's `options.label` names its entry (the menu says
 * "사용자 관리" where the pages say "사용자"). Each entry still asks canAccess, so a role that may not open
 * a page does not see it.
 */
export const ResourceItems = () => {
  const resources = useResourceDefinitions();
  const translate = useTranslate();
  return (
    <>
      {Object.values(resources)
        .filter((resource) => resource.hasList)
        .map(({ name, options }) => {
          const label = typeof options?.label === 'string' ? options.label : undefined;
          return label ? (
            <Menu.ResourceItem key={name} name={name} primaryText={translate(label, { _: label })} />
          ) : (
            <Menu.ResourceItem key={name} name={name} />
          );
        })}
    </>
  );
};
