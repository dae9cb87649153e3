using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using TalentWatch.Data.Editing;
using TalentWatch.Extraction;
using TalentWatch.Web.Features.Accounts;
using TalentWatch.Web.Features.History;

namespace TalentWatch.Web.Features.Articles;

/// <summary>
/// The editors' changes from an article page: add a departure from its sentences, dismiss a possible departure, mark the article
/// reviewed. The page shows these controls to editors only; each call checks the policy again, since a circuit's caller can
/// invoke any handler it has seen.
/// </summary>
public sealed class ArticleCurationActions(IAuthorizationService authorization, ArticleReviewEditor editor, ArticleCurationQueries queries)
{
    public async Task<EditResult> AddDepartureAsync(AuthenticationState state, int articleId, EvidenceReading reading, DepartureFields fields)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return await AsEditorAsync(state, async actor => (await editor.AddDepartureAsync(articleId, fields, reading.Sentences, actor)).Result);
    }

    public Task<EditResult> DismissAsync(AuthenticationState state, int articleId, TextSpan span) =>
        AsEditorAsync(state, actor => editor.DismissPossibleDepartureAsync(articleId, span, actor));

    /// <summary>Marks the article reviewed when nothing is pending (the store checks the departures; possible departures are
    /// the extractor's, so they are checked here), or takes the mark back.</summary>
    public Task<EditResult> MarkReviewedAsync(AuthenticationState state, int articleId, bool reviewed) =>
        AsEditorAsync(state, async actor =>
        {
            if (!reviewed)
            {
                return await editor.UnmarkReviewedAsync(articleId);
            }

            var curation = await queries.ReadAsync(articleId);
            if (curation is null)
            {
                return EditResult.NotFound($"Article {articleId}");
            }

            return curation.Possible.Count > 0
                ? EditResult.Invalid($"Not marked reviewed: {curation.Pending} first.")
                : await editor.MarkReviewedAsync(articleId, actor);
        });

    private async Task<EditResult> AsEditorAsync(AuthenticationState state, Func<TalentWatch.Core.History.Actor, Task<EditResult>> change)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!(await authorization.AuthorizeAsync(state.User, AccessPolicies.CanEdit)).Succeeded)
        {
            return EditResult.Invalid("Only editors can change the record.");
        }

        return await change(EditorIdentity.ActorOf(state));
    }
}
