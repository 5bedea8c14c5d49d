import { configure } from '@testing-library/react';

// waitFor: 10 s instead of 1 s, for busy machines.
configure({ asyncUtilTimeout: 10_000 });
