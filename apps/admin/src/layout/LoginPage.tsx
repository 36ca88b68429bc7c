import { Typography } from '@mui/material';
import { Login, LoginForm, useTranslate } from 'react-admin';

/** react-admin's sign-in, saying whose panel it is: the product's name as the page's one heading. */
export const LoginPage = () => {
  const translate = useTranslate();
  return (
    <Login>
      <Typography variant="h5" component="h1" align="center" sx={{ mt: 1 }} data-testid="product-name">
        {translate('bitgoeul.title')}
      </Typography>
      <Typography variant="body2" align="center" color="text.secondary" sx={{ px: 2 }}>
        {translate('bitgoeul.signInFor')}
      </Typography>
      <LoginForm />
    </Login>
  );
};
