export interface Config {
  auth?: {
    providers?: {
      /**
       * Development only: the sign-in page's "Try as an example user" signs
       * in as one of these catalog users (by name), and only when
       * auth.environment is development. Remove it in production.
       */
      exampleUsers?: {
        users: string[];
      };
    };
  };
}
