import type {
  EnvironmentsResponse,
  StageBudget,
} from '@cpin/plugin-cloud-pi-native-common';
import Typography from '@material-ui/core/Typography';
import {
  PartErrorAlert,
  UsageBar,
  useCloudPiTranslation,
  useSharedStyles,
} from '../shared';

function StageBudgetLines(props: {
  kind: 'hprod' | 'prod';
  budget: StageBudget;
  headingLevel: 'h3' | 'h4';
}) {
  const { kind, budget, headingLevel } = props;
  const t = useCloudPiTranslation();
  const classes = useSharedStyles();
  const label = t(`common.stageKind.${kind}`);
  // The console skips the budget check when both CPU and memory limits are 0.
  const notLimited = budget.cpu.limit === 0 && budget.memory.limit === 0;
  return (
    <section
      aria-label={t('environments.budget.caption', { kind: label })}
      className={classes.section}
    >
      <Typography variant="subtitle2" component={headingLevel}>
        {label}
      </Typography>
      {notLimited ? (
        <Typography variant="body2">
          {t('environments.budget.notLimited')}
        </Typography>
      ) : (
        <>
          <UsageBar
            resource="cpu"
            used={budget.cpu.allocated}
            total={budget.cpu.limit}
          />
          <UsageBar
            resource="memory"
            used={budget.memory.allocated}
            total={budget.memory.limit}
          />
          {(budget.gpu.limit > 0 || budget.gpu.allocated > 0) && (
            <UsageBar
              resource="gpu"
              used={budget.gpu.allocated}
              total={budget.gpu.limit}
            />
          )}
        </>
      )}
    </section>
  );
}

/**
 * The project's resource budget: hors-prod and prod limits against
 * allocations. `headingLevel` is the level of its stage headings, one under
 * the heading the summary sits in.
 */
export function BudgetSummary(props: {
  budget: EnvironmentsResponse['budget'];
  headingLevel: 'h3' | 'h4';
}) {
  const { budget, headingLevel } = props;
  const t = useCloudPiTranslation();
  if (budget.error) {
    return (
      <PartErrorAlert
        part={t('environments.budget.part')}
        error={budget.error}
      />
    );
  }
  if (budget.limitless) {
    return (
      <Typography variant="body2">
        {t('environments.budget.limitless')}
      </Typography>
    );
  }
  return (
    <>
      {budget.hprod && (
        <StageBudgetLines
          kind="hprod"
          budget={budget.hprod}
          headingLevel={headingLevel}
        />
      )}
      {budget.prod && (
        <StageBudgetLines
          kind="prod"
          budget={budget.prod}
          headingLevel={headingLevel}
        />
      )}
    </>
  );
}
