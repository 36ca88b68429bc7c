import CalculateIcon from '@mui/icons-material/Calculate';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import MapIcon from '@mui/icons-material/Map';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Menu, useTranslate } from 'react-admin';
import { ResourceItems } from './ResourceItems';

/** The resources, then the pages that are not a resource. */
export const AppMenu = () => {
  const translate = useTranslate();
  return (
    <Menu>
      <Menu.DashboardItem />
      <ResourceItems />
      <Menu.Item
        to="/review"
        primaryText={translate('bitgoeul.publishing.review.menu')}
        leftIcon={<FactCheckIcon />}
      />
      <Menu.Item to="/map" primaryText={translate('bitgoeul.map.menu')} leftIcon={<MapIcon />} />
      <Menu.Item
        to="/calculator"
        primaryText={translate('bitgoeul.calculator.menu')}
        leftIcon={<CalculateIcon />}
      />
      <Menu.Item
        to="/import/observations"
        primaryText={translate('bitgoeul.import.menu')}
        leftIcon={<UploadFileIcon />}
      />
      <Menu.Item
        to="/import/programs"
        primaryText={translate('bitgoeul.programImport.menu')}
        leftIcon={<UploadFileIcon />}
      />
    </Menu>
  );
};
