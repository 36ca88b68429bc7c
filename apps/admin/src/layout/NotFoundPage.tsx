import { Button, Card, CardContent, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';

/** An address the panel does not have: what happened, in one sentence, and the way back. */
export const NotFoundPage = () => {
  const translate = useTranslate();
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('ra.page.not_found')} />
      <CardContent>
        {/* The app bar carries the page's h1 (its title); this heading sits under it. */}
        <Typography variant="h5" component="h2" gutterBottom>
          {translate('ra.page.not_found')}
        </Typography>
        <Typography variant="body1" gutterBottom data-testid="not-found-message">
          {translate('ra.message.not_found')}
        </Typography>
        <Button component={Link} to="/" variant="outlined">
          {translate('ra.page.dashboard')}
        </Button>
      </CardContent>
    </Card>
  );
};
