/** The names one journey id gives its files, classes and fixtures: "welcome-offer" → … */
export interface JourneyNames {
  id: string;
  /** "Welcome offer": the feature's default title. */
  title: string;
  /** "welcomeOffer": its fixture and adapter part. */
  camel: string;
  /** "WelcomeOffer": its classes and interfaces. */
  pascal: string;
}

export function journeyNames(id: string): JourneyNames {
  const words = id.split('-');
  const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  return {
    id,
    title: capitalise(words.join(' ')),
    camel: words[0] + words.slice(1).map(capitalise).join(''),
    pascal: words.map(capitalise).join(''),
  };
}
