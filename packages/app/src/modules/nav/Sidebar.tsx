import {
  Sidebar,
  SidebarDivider,
  SidebarGroup,
  SidebarItem,
  SidebarScrollWrapper,
  SidebarSpace,
} from '@backstage/core-components';
import { NavContentBlueprint } from '@backstage/plugin-app-react';
import { SidebarLogo } from './SidebarLogo';
import MenuIcon from '@material-ui/icons/Menu';
import SearchIcon from '@material-ui/icons/Search';
import { SidebarSearchModal } from '@backstage/plugin-search';
import { UserSettingsSignInAvatar } from '@backstage/plugin-user-settings';
import { NotificationsSidebarItem } from '@backstage/plugin-notifications';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import type {
  NavContentComponentProps,
  NavContentNavItem,
} from '@backstage/plugin-app-react';
import {
  TRANSLATED_PAGES,
  type TranslatedPage,
  isDefaultPageTitle,
  navTranslationRef,
} from '../i18n/navTranslation';

const isTranslatedPage = (pluginId: string): pluginId is TranslatedPage =>
  (TRANSLATED_PAGES as string[]).includes(pluginId);

function SidebarNav({ navItems }: NavContentComponentProps) {
  const { t } = useTranslationRef(navTranslationRef);
  // A page keeps a title set in app-config; its plugin's default title is
  // translated when the sidebar knows it.
  const title = (item: NavContentNavItem) => {
    const plugin = item.node.spec.plugin;
    return isTranslatedPage(plugin.pluginId) &&
      isDefaultPageTitle(plugin.pluginId, item.title, plugin.title)
      ? t(`pages.${plugin.pluginId}`)
      : item.title;
  };
  const nav = navItems.withComponent(item => (
    <SidebarItem icon={() => item.icon} to={item.href} text={title(item)} />
  ));

  // Skipped items
  nav.take('page:search'); // Using search modal instead
  nav.take('page:notifications'); // Using NotificationsSidebarItem manually instead

  return (
    <Sidebar>
      <SidebarLogo />
      <SidebarGroup label={t('search')} icon={<SearchIcon />} to="/search">
        <SidebarSearchModal />
      </SidebarGroup>
      <SidebarDivider />
      <SidebarGroup label={t('menu')} icon={<MenuIcon />}>
        {nav.take('page:home')}
        {nav.take('page:catalog')}
        {nav.take('page:scaffolder')}
        <SidebarDivider />
        <SidebarScrollWrapper>
          {nav.rest({ sortBy: 'title' })}
        </SidebarScrollWrapper>
      </SidebarGroup>
      <SidebarSpace />
      <SidebarDivider />
      <NotificationsSidebarItem />
      <SidebarDivider />
      <SidebarGroup
        label={t('settings')}
        icon={<UserSettingsSignInAvatar />}
        to="/settings"
      >
        {nav.take('page:app-visualizer')}
        {nav.take('page:user-settings')}
      </SidebarGroup>
    </Sidebar>
  );
}

export const SidebarContent = NavContentBlueprint.make({
  params: { component: SidebarNav },
});
