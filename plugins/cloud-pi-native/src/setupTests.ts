import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// findBy*/waitFor: 10 s instead of 1 s, for busy machines (first renders are slow).
configure({ asyncUtilTimeout: 10_000 });
