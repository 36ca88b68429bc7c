/**
 * The domain's length limits as each input's own `maxLength`, so typing stops where the API would
 * refuse. The form's resolver (the domain schema) still checks every rule, pasted text included;
 * the figures come from @bitgoeul/domain and are never written here.
 */
export const maxLength = (max: number) => ({ slotProps: { htmlInput: { maxLength: max } } });
