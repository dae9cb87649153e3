using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Departures;
using TalentWatch.Core.History;
using TalentWatch.Data.Editing;
using TalentWatch.Data.Store;

namespace TalentWatch.Data.Tests.Editing;

public sealed class DepartureEditorSqliteTests() : DepartureEditorTests(StoreProvider.Sqlite);

public sealed class DepartureEditorPostgresTests() : DepartureEditorTests(StoreProvider.Postgres);

/// <summary>Runs on both providers (the two classes above).</summary>
public abstract class DepartureEditorTests(StoreProvider provider) : IAsyncLifetime
{
    private EditingStore store = null!;

    public async Task InitializeAsync() => store = await EditingStore.CreateAsync(provider);

    public Task DisposeAsync()
    {
        store.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Accepting_counts_the_departure_and_records_who_when_and_before_after()
    {
        var id = await store.AddExtractedAsync("Zed Ali", "Veritas AI", "Meta", "2026-02-10", "Zed Ali left Veritas AI for Meta.");
        Assert.Equal(3, await store.Q1DeparturesAsync("Veritas AI"));

        var result = await store.Departures.AcceptAsync(id, await store.VersionOfAsync(id), EditingStore.Edith);

        Assert.Equal(EditOutcome.Saved, result.Outcome);
        Assert.Equal(DepartureStatus.Accepted, (await store.DepartureAsync(id)).Status);
        Assert.Equal(4, await store.Q1DeparturesAsync("Veritas AI"));
        var change = Assert.Single(await store.History.ForRecordAsync(ChangedRecordType.Departure, id));
        Assert.Equal(("user-edith", "Edith Editor", ChangeActions.Accepted, EditingStore.Now), (change.ActorId, change.ActorName, change.Action, change.At));
        Assert.Equal("{\"status\":\"extracted\"}", change.Before);
        Assert.Equal("{\"status\":\"accepted\"}", change.After);
    }

    [Fact]
    public async Task Rejecting_keeps_the_evidence_and_restoring_puts_it_back_in_the_queue()
    {
        var ana = await store.DepartureIdOfAsync("Ana Kowalska");
        var sources = (await store.DepartureAsync(ana)).Sources.Count;

        var rejected = await store.Departures.RejectAsync(ana, await store.VersionOfAsync(ana), EditingStore.Edith);

        Assert.True(rejected.Succeeded, rejected.Message);
        var afterReject = await store.DepartureAsync(ana);
        Assert.Equal(DepartureStatus.Rejected, afterReject.Status);
        Assert.Equal(sources, afterReject.Sources.Count);
        Assert.Equal(2, await store.Q1DeparturesAsync("Veritas AI"));
        var timeline = await store.Timelines.GetAsync("veritas-ai");
        Assert.DoesNotContain(timeline!.Departures, d => d.Person?.Name == "Ana Kowalska");

        var restored = await store.Departures.RestoreAsync(ana, afterReject.Version, EditingStore.Omar);

        Assert.True(restored.Succeeded, restored.Message);
        Assert.Equal(DepartureStatus.Extracted, (await store.DepartureAsync(ana)).Status);
        Assert.Equal(2, await store.Q1DeparturesAsync("Veritas AI"));
        var history = await store.History.ForRecordAsync(ChangedRecordType.Departure, ana);
        Assert.Equal([(ChangeActions.Restored, "Omar Other"), (ChangeActions.Rejected, "Edith Editor")], history.Select(h => (h.Action, h.ActorName)));
        Assert.Equal("{\"status\":\"accepted\"}", history[1].Before);
    }

    [Fact]
    public async Task Only_a_rejected_departure_can_be_restored()
    {
        var ana = await store.DepartureIdOfAsync("Ana Kowalska");

        var result = await store.Departures.RestoreAsync(ana, await store.VersionOfAsync(ana), EditingStore.Edith);

        Assert.Equal(EditOutcome.Invalid, result.Outcome);
        Assert.Contains("accepted", result.Message, StringComparison.Ordinal);
        Assert.Empty(await store.History.ForRecordAsync(ChangedRecordType.Departure, ana));
    }

    [Fact]
    public async Task Editing_the_destination_resolves_aliases_and_moves_the_departure_between_timeline_filters()
    {
        var ana = await store.DepartureIdOfAsync("Ana Kowalska");
        var before = await store.DepartureAsync(ana);
        Assert.Equal("Meta Platforms", before.Destination!.Name);

        var result = await store.Departures.EditAsync(ana, before.Version,
            new DepartureFields("Ana Kowalska", "Veritas AI", "northwind", "2026-01-15", "CTO", true), EditingStore.Edith);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal("Northwind Research", (await store.DepartureAsync(ana)).Destination!.Name);
        var toNorthwind = await store.Timelines.GetAsync("veritas-ai", "northwind-research");
        Assert.Contains(toNorthwind!.Departures, d => d.Person?.Name == "Ana Kowalska");
        var toMeta = await store.Timelines.GetAsync("veritas-ai", "meta-platforms");
        Assert.DoesNotContain(toMeta!.Departures, d => d.Person?.Name == "Ana Kowalska");
        var summary = await store.Summaries.GetAsync(new Core.Dates.Quarter(2026, 1));
        var veritas = summary.Companies.Single(c => c.Company == "Veritas AI");
        Assert.Equal(3, veritas.Destinations.Single(d => d.Employer == "Northwind Research").Departures);

        var change = Assert.Single(await store.History.ForRecordAsync(ChangedRecordType.Departure, ana));
        Assert.Equal(ChangeActions.Edited, change.Action);
        Assert.Equal("{\"destination\":\"Meta Platforms\"}", change.Before);
        Assert.Equal("{\"destination\":\"Northwind Research\"}", change.After);
        Assert.Equal("Destination: Meta Platforms → Northwind Research", change.Summary);
    }

    [Fact]
    public async Task Editing_creates_a_company_and_person_that_do_not_exist_yet_and_records_every_changed_field()
    {
        var id = await store.AddExtractedAsync(null, "Veritas AI", null, null, "A co-founder left.");

        var result = await store.Departures.EditAsync(id, await store.VersionOfAsync(id),
            new DepartureFields("Nadia Brandt", "Veritas AI", "Brand New Robotics", "2026-Q2", " Co-founder ", true), EditingStore.Edith);

        Assert.True(result.Succeeded, result.Message);
        var edited = await store.DepartureAsync(id);
        Assert.Equal(("Nadia Brandt", "Brand New Robotics", "2026-Q2", "Co-founder", (bool?)true), (edited.Person!.Name, edited.Destination!.Name, edited.DateText, edited.Role, edited.Founder));
        Assert.Equal(DepartureStatus.Extracted, edited.Status);
        Assert.Equal(1, edited.Version);
        var change = Assert.Single(await store.History.ForRecordAsync(ChangedRecordType.Departure, id));
        var after = JsonDocument.Parse(change.After!).RootElement;
        Assert.Equal(["person", "destination", "date", "role", "founder"], after.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(change.Before!).RootElement.GetProperty("person").ValueKind);
        await store.AssertNoOrphansAsync();
    }

    [Theory]
    [InlineData("2026-13", "'2026-13' is not a date")]
    [InlineData("9999-12", "date '9999-12' is out of range")]
    [InlineData("1899-12-31", "date '1899-12-31' is out of range")]
    [InlineData("2027-06", "date '2027-06' is out of range")]
    [InlineData("", "The company left is required")]
    public async Task Bad_input_is_refused_with_the_problem_and_nothing_is_stored(string dateOrCompany, string expected)
    {
        var ana = await store.DepartureIdOfAsync("Ana Kowalska");
        var counts = await store.Store.CountsAsync();
        var fields = expected.StartsWith("The company", StringComparison.Ordinal)
            ? new DepartureFields("Ana Kowalska", dateOrCompany, "Some New Employer", "2026-01-15", "CTO", true)
            : new DepartureFields("Ana Kowalska", "Veritas AI", "Some New Employer", dateOrCompany, "CTO", true);

        var result = await store.Departures.EditAsync(ana, 0, fields, EditingStore.Edith);

        Assert.Equal(EditOutcome.Invalid, result.Outcome);
        Assert.Contains(expected, result.Message, StringComparison.Ordinal);
        Assert.Equal(counts, await store.Store.CountsAsync());
        Assert.Empty(await store.History.ForRecordAsync(ChangedRecordType.Departure, ana));
    }

    [Fact]
    public async Task Merging_moves_every_source_to_the_survivor_and_keeps_the_other_as_a_rejected_pointer()
    {
        var bram = await store.DepartureIdOfAsync("Bram Dekker");
        var duplicate = await store.AddExtractedAsync("B. Dekker", "Veritas AI", "Northwind", "2026-02-03", "B. Dekker joined Northwind in February.");

        var result = await store.Departures.MergeAsync(bram, await store.VersionOfAsync(bram), duplicate, await store.VersionOfAsync(duplicate), EditingStore.Edith);

        Assert.True(result.Succeeded, result.Message);
        var survivor = await store.DepartureAsync(bram);
        var merged = await store.DepartureAsync(duplicate);
        Assert.Equal(2, survivor.Sources.Count);
        Assert.Contains(survivor.Sources, s => s.Evidence == "B. Dekker joined Northwind in February.");
        Assert.Equal("2026-02-03", survivor.DateText);
        Assert.Equal(DepartureStatus.Accepted, survivor.Status);
        Assert.Empty(merged.Sources);
        Assert.Equal((DepartureStatus.Rejected, (int?)bram), (merged.Status, merged.MergedIntoId));
        Assert.Equal(3, await store.Q1DeparturesAsync("Veritas AI"));
        Assert.Equal(ChangeActions.Merged, Assert.Single(await store.History.ForRecordAsync(ChangedRecordType.Departure, bram)).Action);
        var pointer = Assert.Single(await store.History.ForRecordAsync(ChangedRecordType.Departure, duplicate));
        Assert.Equal(ChangeActions.MergedInto, pointer.Action);
        Assert.Contains("\"status\":\"extracted\"", pointer.Before, StringComparison.Ordinal);

        var restore = await store.Departures.RestoreAsync(duplicate, merged.Version, EditingStore.Edith);
        Assert.Equal(EditOutcome.Invalid, restore.Outcome);
        Assert.Contains($"merged into departure {bram}", restore.Message, StringComparison.Ordinal);
        await store.AssertNoOrphansAsync();
    }

    [Fact]
    public async Task Merging_an_accepted_departure_into_an_extracted_one_keeps_it_counted()
    {
        var bram = await store.DepartureIdOfAsync("Bram Dekker");
        var extracted = await store.AddExtractedAsync("Bram Dekker", "Veritas AI", null, "2026", "Bram Dekker left this year.");

        var result = await store.Departures.MergeAsync(extracted, 0, bram, await store.VersionOfAsync(bram), EditingStore.Edith);

        Assert.True(result.Succeeded, result.Message);
        var survivor = await store.DepartureAsync(extracted);
        Assert.Equal((DepartureStatus.Accepted, "2026-02", "Northwind Research"), (survivor.Status, survivor.DateText, survivor.Destination!.Name));
        Assert.Equal(3, await store.Q1DeparturesAsync("Veritas AI"));
    }

    [Fact]
    public async Task Bulk_accept_takes_the_current_ones_and_names_the_ones_changed_meanwhile()
    {
        var first = await store.AddExtractedAsync("Zed Ali", "Veritas AI", "Meta", "2026-02-10", "Zed Ali left.");
        var second = await store.AddExtractedAsync("Yara Bos", "Veritas AI", null, "2026-03", "Yara Bos left.");
        var stale = await store.AddExtractedAsync("Xi Chen", "Veritas AI", null, "2026-03-02", "Xi Chen left.");
        Assert.True((await store.Departures.EditAsync(stale, 0, new DepartureFields("Xi Chen", "Veritas AI", "Meta", "2026-03-02", null, null), EditingStore.Omar)).Succeeded);

        var result = await store.Departures.AcceptAllAsync([(first, 0), (second, 0), (stale, 0)], EditingStore.Edith);

        Assert.Equal(2, result.Accepted);
        Assert.Equal($"Departure {stale} was changed by someone else since you opened it.", Assert.Single(result.Skipped));
        Assert.Equal(5, await store.Q1DeparturesAsync("Veritas AI"));
        Assert.Equal(DepartureStatus.Extracted, (await store.DepartureAsync(stale)).Status);
    }

    [Fact]
    public async Task The_second_of_two_editors_gets_a_conflict_naming_who_changed_it_and_when()
    {
        var ana = await store.DepartureIdOfAsync("Ana Kowalska");
        var opened = await store.VersionOfAsync(ana);
        store.Clock.Now = new DateTimeOffset(2026, 5, 1, 9, 42, 0, TimeSpan.Zero);
        var first = await store.Departures.EditAsync(ana, opened, new DepartureFields("Ana Kowalska", "Veritas AI", "Northwind", "2026-01-15", "CTO", true), EditingStore.Omar);
        Assert.True(first.Succeeded, first.Message);

        var second = await store.Departures.RejectAsync(ana, opened, EditingStore.Edith);

        Assert.Equal(EditOutcome.Conflict, second.Outcome);
        Assert.Equal("This departure was changed by Omar Other at 2026-05-01 09:42 UTC since you opened it. Reload to see the current version, then make your change again.",
            second.Message);
        Assert.Equal(DepartureStatus.Accepted, (await store.DepartureAsync(ana)).Status);
        Assert.Single(await store.History.ForRecordAsync(ChangedRecordType.Departure, ana));
    }

    [Fact]
    public async Task Two_contexts_that_loaded_the_same_departure_cannot_both_save()
    {
        var ana = await store.DepartureIdOfAsync("Ana Kowalska");
        await using var first = await store.Store.Factory.CreateDbContextAsync();
        await using var second = await store.Store.Factory.CreateDbContextAsync();
        var mine = await first.Departures.SingleAsync(d => d.Id == ana);
        var theirs = await second.Departures.SingleAsync(d => d.Id == ana);

        mine.Role = "Chief Technology Officer";
        mine.Version++;
        await first.SaveChangesAsync();
        theirs.Role = "CTO and co-founder";
        theirs.Version++;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        Assert.Equal("Chief Technology Officer", (await store.DepartureAsync(ana)).Role);
    }

    [Fact]
    public async Task An_import_that_makes_a_report_more_precise_under_an_open_departure_makes_the_editors_save_a_conflict()
    {
        var bram = await store.DepartureIdOfAsync("Bram Dekker");
        var opened = await store.VersionOfAsync(bram);
        var importer = new TalentWatch.Data.Imports.Csv.CsvImporter(store.Store.Factory);
        Assert.True((await importer.ImportFileAsync(store.Store.WriteFile("more.csv", """
            person,from,to,date,role,founder,source_url
            Bram Dekker,Veritas AI,,2026-02-14,,,https://news.example/more
            """))).Succeeded);

        var result = await store.Departures.RejectAsync(bram, opened, EditingStore.Edith);

        Assert.Equal(EditOutcome.Conflict, result.Outcome);
        Assert.Contains("by an import", result.Message, StringComparison.Ordinal);
    }
}
