import { describe, expect, it } from 'vitest';
import { ROLES, type Role, type Viewer } from '../session/session.js';
import { TEST_VIEWER } from '../test/viewer.js';
import { SCREENS, screensFor } from './navigation.js';

const viewer = (...roles: Role[]): Viewer => ({ ...TEST_VIEWER, roles });
const ids = (v: Viewer) => screensFor(v).map((s) => s.id);

describe('screensFor', () => {
  it('gives an employee only the home screen', () => {
    expect(ids(viewer('EMPLOYEE'))).toEqual(['home']);
  });

  it('gives an admin training, employees and dashboards, but not the analyst workbench or evaluation', () => {
    expect(ids(viewer('ADMIN'))).toEqual(['home', 'training', 'employees', 'dashboards']);
  });

  it('gives an evaluator the evaluation screen', () => {
    expect(ids(viewer('EVALUATOR'))).toEqual(['home', 'evaluation']);
  });

  it('gives an analyst the workbench', () => {
    expect(ids(viewer('ANALYST'))).toContain('workbench');
  });

  it('unites the screens of several roles, in navigation order', () => {
    expect(ids(viewer('EVALUATOR', 'ANALYST'))).toEqual([
      'home',
      'training',
      'employees',
      'evaluation',
      'dashboards',
      'workbench',
    ]);
  });

  it('opens every screen to someone, and every screen to a holder of all roles', () => {
    expect(ids(viewer(...ROLES))).toEqual(SCREENS.map((s) => s.id));
  });
});
