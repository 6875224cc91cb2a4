import { createContext } from 'react';
import type { Auth } from './Auth.js';

/** The session of `AuthProvider`; undefined outside it (`useAuth` then throws). */
export const AuthContext = createContext<Auth | undefined>(undefined);
