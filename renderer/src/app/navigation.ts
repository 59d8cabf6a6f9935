import { createContext, useContext } from 'react';

/** Moves the app to another screen of the registry, by its id. */
export type Navigate = (screenId: string) => void;

export const NavigationContext = createContext<Navigate>(() => undefined);

/** The function that switches screens (e.g. Beranda -> Data after opening a project). */
export function useNavigate(): Navigate {
  return useContext(NavigationContext);
}
