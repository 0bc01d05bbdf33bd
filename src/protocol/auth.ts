// Sign-in, session and account messages (SEC-1, ADM-1).
import { z } from 'zod';
import { roles } from '../domain/access/roles';

export const loginRequest = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof loginRequest>;

export const sessionUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  companyId: z.string().nullable(),
  volunteerId: z.string().nullable(),
  communityIds: z.array(z.string()),
});
export type SessionUser = z.infer<typeof sessionUser>;

export const loginResponse = z.object({
  token: z.string(),
  expiresAt: z.string(),
  user: sessionUser,
});
export type LoginResponse = z.infer<typeof loginResponse>;

export const createUserRequest = z.object({
  username: z
    .string()
    .trim()
    .min(3)
    .max(64)
    .regex(/^[a-z0-9_.-]+$/, 'lower-case letters, digits, _ . - only'),
  displayName: z.string().trim().min(1).max(64),
  role: z.enum(roles),
  password: z.string().min(8).max(200),
  phone: z.string().trim().max(20).optional(),
  companyId: z.string().min(1).optional(),
  volunteerId: z.string().min(1).optional(),
  communityIds: z.array(z.string().min(1)).max(500).optional(),
});
export type CreateUserRequest = z.infer<typeof createUserRequest>;

export const userSummary = sessionUser.extend({ active: z.boolean(), phone: z.string(), createdAt: z.string() });
export type UserSummary = z.infer<typeof userSummary>;
