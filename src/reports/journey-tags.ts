/** Journey metadata carried by Gherkin tags: @journey:<id> @owner:<team> @channel:<c> @severity:<s>. */
export interface JourneyTags {
  journey?: string;
  owner?: string;
  severity?: string;
  schedules: string[];
  channels: string[];
}

export function readJourneyTags(tags: readonly string[]): JourneyTags {
  const values = (name: string) =>
    tags.filter((tag) => tag.startsWith(`@${name}:`)).map((tag) => tag.slice(name.length + 2));
  return {
    journey: values('journey')[0],
    owner: values('owner')[0],
    severity: values('severity')[0],
    schedules: [...new Set(values('schedule'))],
    channels: [...new Set(values('channel'))],
  };
}
