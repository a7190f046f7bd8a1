import * as React from 'react';
import type { AppServices } from '../../../services/types';

const ServicesContext = React.createContext<AppServices | undefined>(undefined);

export interface ServicesProviderProps {
  services: AppServices;
  children?: React.ReactNode;
}

/** Makes the host's data services available to every component below it. */
export function ServicesProvider({ services, children }: ServicesProviderProps): JSX.Element {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

/**
 * The data services the app was mounted with.
 *
 * @returns The services from the nearest {@link ServicesProvider}.
 */
export function useServices(): AppServices {
  const services = React.useContext(ServicesContext);
  if (!services) {
    throw new Error('useServices must be used inside a ServicesProvider.');
  }
  return services;
}
