using MudBlazor;
using TalentWatch.Core.History;
using TalentWatch.Data.Editing;

namespace TalentWatch.Web.Features.Review;

/// <summary>The review queue's and the departure page's actions: dialogs where a decision needs input, then the editor service.</summary>
public sealed class ReviewActions(DepartureEditor editor, ReviewQueries queries, IDialogService dialogs)
{
    public async Task<EditResult?> AcceptAsync(ReviewItem item, Actor actor) => await editor.AcceptAsync(item.Id, item.Version, actor);

    public async Task<EditResult?> RejectAsync(ReviewItem item, Actor actor) => await editor.RejectAsync(item.Id, item.Version, actor);

    public async Task<EditResult?> RestoreAsync(ReviewItem item, Actor actor) => await editor.RestoreAsync(item.Id, item.Version, actor);

    public Task<BulkAcceptResult> AcceptAllAsync(IEnumerable<ReviewItem> items, Actor actor) =>
        editor.AcceptAllAsync(items.Select(i => (i.Id, i.Version)).ToList(), actor);

    /// <summary>Opens the edit dialog; null when the editor cancels.</summary>
    public async Task<EditResult?> EditAsync(ReviewItem item, Actor actor)
    {
        var dialog = await dialogs.ShowAsync<DepartureEditDialog>($"Edit departure #{item.Id}",
            new DialogParameters<DepartureEditDialog> { { d => d.DepartureId, item.Id }, { d => d.Fields, item.Fields } },
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        var result = await dialog.Result;
        return result is { Canceled: false, Data: DepartureFields fields } ? await editor.EditAsync(item.Id, item.Version, fields, actor) : null;
    }

    /// <summary>Lets the editor pick the departure to merge <paramref name="item"/> into; null when cancelled.</summary>
    public async Task<EditResult?> MergeAsync(ReviewItem item, Actor actor)
    {
        var candidates = await queries.MergeCandidatesAsync(item);
        var dialog = await dialogs.ShowAsync<MergeDialog>($"Merge departure #{item.Id}",
            new DialogParameters<MergeDialog> { { d => d.DepartureId, item.Id }, { d => d.Candidates, candidates } },
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        var result = await dialog.Result;
        return result is { Canceled: false, Data: MergeCandidate survivor }
            ? await editor.MergeAsync(survivor.Id, survivor.Version, item.Id, item.Version, actor)
            : null;
    }
}
