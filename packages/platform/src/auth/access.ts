/** Who may call a route: anyone, any authenticated caller, or callers holding one of the roles. */
export interface RouteAccess {
  public?: boolean;
  roles?: string[];
  /** Only sessions authenticated with SPID, CIE or CNS (ANAC operations). */
  strongAuth?: boolean;
  /**
   * The OAuth2 scopes a partner system's token needs (all of them). A route without scopes is
   * closed to partner systems: they reach only what is declared for them.
   */
  scopes?: string[];
  /** Only callers acting for an agency; the handler then reads `caller.tenant` as a string. */
  tenant?: boolean;
}
