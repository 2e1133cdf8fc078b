// "What these documents do not tell you": outside facts a reader needs to weigh the five
// one-sided documents, each with its own cited public source, set apart from the claims.
import { formatEdtf } from '../i18n/format-date';
import { strings } from '../i18n/strings';
import { useOutsideContext } from './use-outside-context';

export function OutsideContextSection() {
  const context = useOutsideContext(true);
  return (
    <section
      className="outside-context"
      aria-labelledby="outside-context-title"
      data-testid="outside-context-section"
    >
      <h3 id="outside-context-title">{strings.contextHeading}</h3>
      {strings.contextIntro.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {context.status === 'loading' && <p>{strings.contextLoading}</p>}
      {context.status === 'failed' && <p role="status">{strings.contextFailed}</p>}
      <ol className="outside-context-list">
        {context.facts.map((fact) => (
          <li key={fact.id} data-testid="outside-context-fact" data-fact-id={fact.id}>
            <strong>
              {formatEdtf(fact.date)}: {fact.title}.
            </strong>{' '}
            {fact.statement}
            <br />
            <span className="outside-context-source">
              {strings.contextSource}{' '}
              <a href={fact.url} target="_blank" rel="noopener noreferrer">
                {fact.sourceTitle}
              </a>
              , {fact.publisher}
              {fact.published ? `, ${formatEdtf(fact.published)}` : ''}.{' '}
              {strings.contextAccessed(formatEdtf(fact.accessed))}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
