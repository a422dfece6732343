import { graphql } from '../../gql/index.js';

/** An SKP with everything its evaluator edits and rates, and its unit's organisation predikat for the year. */
export const SkpEditQuery = graphql(`
  query SkpEdit($id: ID!) {
    node(id: $id) {
      ... on Skp {
        id
        version
        year
        state
        availableActions
        resultsRatingSuggested
        resultsRating
        resultsRatingOverrideReason
        behaviourRatingSuggested
        behaviourRating
        behaviourRatingOverrideReason
        annualPredikatSuggested
        annualPredikat
        annualPredikatOverrideReason
        ...SkpActionsFields @unmask
        employee {
          id
          nip
          name
        }
        unit {
          id
          name
        }
        results {
          id
          version
          jenis
          description
          ratingSuggested
          rating
          ikis {
            id
            aspect
            indicator
            targetValue
            targetUnit
            targetText
          }
        }
        behaviours {
          value
          expectation
          rating
          feedback
          version
        }
      }
    }
  }
`);

/** The organisation predikat of the SKP's unit for its year (EVAL-10): the guard's limits. */
export const UnitOrgPredikatQuery = graphql(`
  query SkpUnitOrgPredikat($id: ID!, $year: Int!) {
    node(id: $id) {
      ... on Skp {
        id
        unit {
          id
          orgPredikat(year: $year)
        }
      }
    }
  }
`);

/** What the unit's distribution would be with this employee's predikat (EVAL-10), asked while rating. */
export const DistributionWhatIfQuery = graphql(`
  query DistributionWhatIf($unitId: ID!, $year: Int!, $changes: [PredikatChangeInput!]!) {
    distributionWhatIf(unitId: $unitId, year: $year, changes: $changes) {
      before {
        outcome
        n
        counts {
          predikat
          count
        }
      }
      after {
        outcome
        n
        violations {
          rule
          check
          detail
        }
      }
      appeared {
        check
        detail
      }
    }
  }
`);

export const RateSkpMutation = graphql(`
  mutation RateSkp($input: RateSkpInput!) {
    rateSkp(input: $input) {
      skp {
        id
        version
        state
      }
      predikat {
        predikat
      }
      userErrors {
        ...UserErrorFields @unmask
      }
    }
  }
`);

export const SetAnnualPredikatMutation = graphql(`
  mutation SetAnnualPredikat($input: SetAnnualPredikatInput!) {
    setAnnualPredikat(input: $input) {
      skp {
        id
        version
        annualPredikat
      }
      distribution {
        outcome
      }
      userErrors {
        ...UserErrorFields @unmask
      }
    }
  }
`);

export const FinaliseUnitYearMutation = graphql(`
  mutation FinaliseUnitYear($input: FinaliseUnitYearInput!) {
    finaliseUnitYear(input: $input) {
      decision {
        id
        outcome
        ratedCount
        violations {
          check
          detail
        }
      }
      skps {
        id
        state
      }
      userErrors {
        ...UserErrorFields @unmask
      }
    }
  }
`);

export const UpdateSkpResultMutation = graphql(`
  mutation UpdateSkpResult($input: UpdateSkpResultInput!) {
    updateSkpResult(input: $input) {
      result {
        id
        version
        description
        jenis
      }
      userErrors {
        ...UserErrorFields @unmask
      }
    }
  }
`);

export const AddSkpResultMutation = graphql(`
  mutation AddSkpResult($input: AddSkpResultInput!) {
    addSkpResult(input: $input) {
      result {
        id
      }
      userErrors {
        ...UserErrorFields @unmask
      }
    }
  }
`);

/** Submits a DRAFT SKP to its evaluator (EVAL-9): the employee. */
export const SubmitSkpMutation = graphql(`
  mutation SubmitSkp($input: SubmitSkpInput!) {
    submitSkp(input: $input) {
      skp {
        ...SkpActionsFields @unmask
      }
      userErrors {
        ...UserErrorFields @unmask
      }
    }
  }
`);

/** Approves a SUBMITTED SKP's plan (EVAL-9): its evaluator. */
export const ApproveSkpMutation = graphql(`
  mutation ApproveSkp($input: ApproveSkpInput!) {
    approveSkp(input: $input) {
      skp {
        ...SkpActionsFields @unmask
      }
      userErrors {
        ...UserErrorFields @unmask
      }
    }
  }
`);

/** Returns a SUBMITTED SKP to DRAFT with a note saying what to change (EVAL-9): its evaluator. */
export const ReturnSkpMutation = graphql(`
  mutation ReturnSkp($input: ReturnSkpInput!) {
    returnSkp(input: $input) {
      skp {
        ...SkpActionsFields @unmask
      }
      userErrors {
        ...UserErrorFields @unmask
      }
    }
  }
`);
