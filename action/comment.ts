/**
 * Posting the sticky comment. A comment that cannot be posted (a fork's read-only token, a missing
 * token) is a warning, not a failure: the job summary has the same content.
 */
import { describeError } from '../src/errors.js';
import type { ModeContext } from './mode.js';
import { MAX_COMMENT_LENGTH, markerOverhead, upsertStickyComment } from './sticky-comment.js';

/** `render` gets the characters the body may have, the marker already accounted for. */
export async function postComment(
  ctx: Pick<ModeContext, 'rt' | 'event' | 'api' | 'registry'>,
  issueNumber: number,
  key: string,
  render: (maxLength: number) => string,
): Promise<string | undefined> {
  const { rt, event, api, registry } = ctx;
  if (!api) {
    rt.warning('No github-token: the comment was not posted; the job summary has the same content');
    return undefined;
  }
  const marker = `<!-- ${key} -->`;
  try {
    const body = render(MAX_COMMENT_LENGTH - markerOverhead(marker));
    const author = await api.identity();
    const result = await upsertStickyComment({
      api,
      owner: event.owner,
      repo: event.repo,
      issueNumber,
      marker,
      body,
      author,
    });
    rt.info(`Comment ${result.action}: ${result.url}`);
    rt.setOutput('comment-url', result.url);
    return result.url;
  } catch (err) {
    const fork = event.pullRequest?.fork ? ' (pull requests from forks get a read-only token)' : '';
    rt.warning(
      registry.redact(
        `The comment on #${issueNumber} was not posted${fork}: ${describeError(err)}. The job summary has the same content.`,
      ),
    );
    return undefined;
  }
}
