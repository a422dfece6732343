import { graphql } from '../../gql/index.js';

/** A program as the edit form needs it. */
export const ProgramForEditQuery = graphql(`
  query ProgramForEdit($id: ID!) {
    node(id: $id) {
      ... on TrainingProgram {
        id
        version
        code
        name
        kind
        competencyArea
        jp
        provider
        isIt
        description
      }
    }
  }
`);

export const CreateProgramMutation = graphql(`
  mutation CreateTrainingProgram($input: CreateTrainingProgramInput!) {
    createTrainingProgram(input: $input) {
      program {
        id
      }
      userErrors {
        ...UserErrorFields @unmask
      }
    }
  }
`);

export const UpdateProgramMutation = graphql(`
  mutation UpdateTrainingProgram($input: UpdateTrainingProgramInput!) {
    updateTrainingProgram(input: $input) {
      program {
        id
        version
      }
      userErrors {
        ...UserErrorFields @unmask
      }
    }
  }
`);

export const ScheduleSessionMutation = graphql(`
  mutation ScheduleTrainingSession($input: ScheduleTrainingSessionInput!) {
    scheduleTrainingSession(input: $input) {
      session {
        id
      }
      userErrors {
        ...UserErrorFields @unmask
      }
    }
  }
`);

/** One participant of a session as the session's admin page shows them. */
export const SessionEnrolmentRow = graphql(`
  fragment SessionEnrolmentRow on Enrolment {
    id
    version
    status
    waitlistPosition
    score
    jpCredited
    completedOn
    employee {
      id
      nip
      name
    }
  }
`);

/** A session with its program and every enrolment (a session holds at most a few hundred). */
export const SessionAdminQuery = graphql(`
  query SessionAdmin($id: ID!) {
    node(id: $id) {
      ... on TrainingSession {
        id
        version
        startDate
        endDate
        place
        link
        capacity
        cancelled
        program {
          id
          name
          code
          jp
        }
        enrolments(first: 100, orderBy: [WAITLIST_POSITION_ASC]) {
          totalCount
          nodes {
            ...SessionEnrolmentRow @unmask
          }
        }
      }
    }
  }
`);

/** One employee the picker lists, with the year's JP and 9-box facts. */
export const PickerEmployeeRow = graphql(`
  fragment PickerEmployeeRow on Employee {
    id
    nip
    name
    unit {
      id
      name
    }
    years(first: 1, filter: { year: { eq: $year } }) {
      nodes {
        jpDone
        jpShortfall
        talentBox
      }
    }
  }
`);

export const PickerEmployeesQuery = graphql(`
  query EnrolPickerEmployees(
    $year: Int!
    $filter: EmployeeFilter
    $orderBy: [EmployeeOrderBy!]
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    employees(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        ...PageInfoFields @unmask
      }
      nodes {
        ...PickerEmployeeRow @unmask
      }
    }
  }
`);

export const EnrolEmployeesMutation = graphql(`
  mutation EnrolEmployees($input: EnrolEmployeesInput!) {
    enrolEmployees(input: $input) {
      results {
        outcome
        employee {
          id
          nip
          name
        }
        enrolment {
          id
          status
          waitlistPosition
        }
        reason {
          code
          message
          rule
        }
      }
      userErrors {
        ...UserErrorFields @unmask
      }
    }
  }
`);

export const RecordAttendanceMutation = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      enrolments {
        id
        version
        status
      }
      userErrors {
        ...UserErrorFields @unmask
      }
    }
  }
`);

export const RecordCompletionsMutation = graphql(`
  mutation RecordCompletions($input: RecordCompletionsInput!) {
    recordCompletions(input: $input) {
      enrolments {
        id
        version
        status
        jpCredited
      }
      userErrors {
        ...UserErrorFields @unmask
      }
    }
  }
`);

export const WithdrawEnrolmentMutation = graphql(`
  mutation WithdrawEnrolment($input: WithdrawEnrolmentInput!) {
    withdrawEnrolment(input: $input) {
      enrolment {
        id
        version
        status
      }
      userErrors {
        ...UserErrorFields @unmask
      }
    }
  }
`);
