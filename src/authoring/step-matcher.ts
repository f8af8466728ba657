import { CucumberExpression, ParameterTypeRegistry, RegularExpression, type Expression } from '@cucumber/cucumber-expressions';
import type { StepDefinition } from './step-definitions.ts';

/** Finds the step definitions a Gherkin step's text matches, as playwright-bdd does (by text, not keyword). */
export class StepMatcher {
  private readonly expressions: Array<{ definition: StepDefinition; expression: Expression }>;

  constructor(definitions: readonly StepDefinition[]) {
    const registry = new ParameterTypeRegistry();
    this.expressions = definitions.map((definition) => ({
      definition,
      expression: definition.isRegExp ? new RegularExpression(new RegExp(definition.phrase), registry) : new CucumberExpression(definition.phrase, registry),
    }));
  }

  /** Every definition whose phrase matches the whole text: one is right, none is undefined, more is ambiguous. */
  matches(text: string): StepDefinition[] {
    return this.expressions.filter(({ expression }) => expression.match(text) !== null).map(({ definition }) => definition);
  }
}
