import type { IkiAspect, SanctionType, SkpRole, TalentAction } from '@kinerja/domain';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  BerakhlakValue,
  DisciplineLevel,
  Education,
  EmploymentType,
  EnrolmentOutcome,
  EnrolmentStatus,
  JabatanLevel,
  ManagerialTarget,
  PotensiLevel,
  Rating,
  RecommendationKind,
  RecommendationStatus,
  RhkJenis,
  SkpAction,
  SkpState,
  TrainingKind,
} from '../gql/graphql.js';

/**
 * The enums the app shows by label (the `enums` namespace), each with its values: the schema's enums as generated
 * from `schema.graphql`, and the codes the API sends as text (sanction types, IKI aspects, 9-box actions), typed by
 * the domain (SKP roles too). Predikat and organisation predikat keep their labels in the `translation` namespace.
 */
export type LabelledEnums = {
  BerakhlakValue: BerakhlakValue;
  DisciplineLevel: DisciplineLevel;
  Education: Education;
  EmploymentType: EmploymentType;
  EnrolmentOutcome: EnrolmentOutcome;
  EnrolmentStatus: EnrolmentStatus;
  IkiAspect: IkiAspect;
  JabatanLevel: JabatanLevel;
  ManagerialTarget: ManagerialTarget;
  PotensiLevel: PotensiLevel;
  Rating: Rating;
  RecommendationKind: RecommendationKind;
  RecommendationStatus: RecommendationStatus;
  RhkJenis: RhkJenis;
  SanctionTypeCode: SanctionType;
  SkpAction: SkpAction;
  SkpRole: SkpRole;
  SkpState: SkpState;
  TalentAction: TalentAction;
  TrainingKind: TrainingKind;
};
/** The name of an enum the app labels. */
export type LabelledEnum = keyof LabelledEnums;

/** The label of a code in the language of `t`; a code with no label reads as itself. */
const labelOf = (t: TFunction<'enums'>, name: LabelledEnum, code: string): string =>
  // the key is built from a typed name and value; i18next's key type cannot follow a template over a union
  t(`${name}.${code}` as never, { defaultValue: code });

/** The label of an enum value in the language of `t` (`enumLabel(t, 'SkpState', 'FINAL')` → "Final"). */
export const enumLabel = <E extends LabelledEnum>(t: TFunction<'enums'>, name: E, value: LabelledEnums[E]): string =>
  labelOf(t, name, value);

/** Labels enum values in the current language: `label('Education', 'S1_D4')` → "S1/D-IV". */
export type EnumLabel = {
  <E extends LabelledEnum>(name: E, value: LabelledEnums[E]): string;
  /** For a field the API types as text that carries one of the enum's codes (`Sanction.type`, `Iki.aspect`). */
  text: (name: LabelledEnum, code: string) => string;
};

/** The enum labeller of the current language; it changes (and re-renders its users) when the language does. */
export const useEnumLabel = (): EnumLabel => {
  const { t } = useTranslation('enums');
  return useMemo(
    () =>
      Object.assign(<E extends LabelledEnum>(name: E, value: LabelledEnums[E]) => labelOf(t, name, value), {
        text: (name: LabelledEnum, code: string) => labelOf(t, name, code),
      }),
    [t],
  );
};
