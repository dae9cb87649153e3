using Microsoft.EntityFrameworkCore;
using TalentWatch.Core.Articles;
using TalentWatch.Core.Companies;
using TalentWatch.Core.Dates;
using TalentWatch.Core.Departures;
using TalentWatch.Core.People;
using TalentWatch.Data.Store;

namespace TalentWatch.Web.Tests.Support;

/// <summary>
/// A small, known world inserted through the DbContext: Thinking Machines Lab (founding team 12) loses founders to Meta
/// and OpenAI; one person boomerangs; one article carries the evidence and a claim ("a third of the founding team").
/// </summary>
public static class TestData
{
    public const string ArticleText =
        "Thinking Machines Lab has lost a third of its founding team. " +
        "Andrew Tulloch, a co-founder, left for Meta in October 2025. " +
        "Barret Zoph left for OpenAI in January 2026. " +
        "Luke Metz, a co-founder, also returned to OpenAI in January 2026.";

    public static async Task SeedAsync(IDbContextFactory<TalentWatchDbContext> factory)
    {
        await using var db = await factory.CreateDbContextAsync();
        var tml = Company.Named("Thinking Machines Lab");
        tml.Founded = new DateOnly(2025, 2, 18);
        tml.FoundingTeamSize = 12;
        tml.Aliases.Add(new CompanyAlias { Name = "TML", Key = "tml" });
        tml.Headcounts.Add(new HeadcountSnapshot { AsOf = new DateOnly(2025, 7, 1), Headcount = 30 });
        var meta = Company.Named("Meta");
        var openAi = Company.Named("OpenAI");
        var veritas = Company.Named("Veritas AI");
        veritas.FoundingTeamSize = 4;
        db.Companies.AddRange(tml, meta, openAi, veritas);

        var tulloch = Person.Named("Andrew Tulloch");
        var zoph = Person.Named("Barret Zoph");
        var metz = Person.Named("Luke Metz");
        var chen = Person.Named("Mira Chen");
        db.People.AddRange(tulloch, zoph, metz, chen);

        var article = new Article
        {
            Title = "Thinking Machines Lab verliest een derde van zijn oprichters",
            Source = "Tech Daily",
            Url = "https://example.org/tml",
            Published = new DateOnly(2026, 1, 20),
            Language = "en",
            LanguageSupported = true,
            Text = ArticleText + " <script>alert('x')</script>",
            ContentHash = "hash-1",
            ImportedAt = DateTimeOffset.UnixEpoch,
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync();

        db.Claims.Add(new Claim
        {
            ArticleId = article.Id,
            CompanyId = tml.Id,
            Metric = ClaimMetrics.FoundingTeamDepartedShare,
            Value = 0.3333m,
            Evidence = "Thinking Machines Lab has lost a third of its founding team.",
        });

        Departure Add(Person? person, Company from, Company? to, string? date, string role, bool founder, string? evidence)
        {
            var departure = new Departure
            {
                PersonId = person?.Id,
                CompanyId = from.Id,
                DestinationId = to?.Id,
                Date = TalentWatch.Web.Features.Shared.Dates.Of(date),
                Role = role,
                Founder = founder,
                Status = DepartureStatus.Accepted,
                CreatedAt = DateTimeOffset.UnixEpoch,
                UpdatedAt = DateTimeOffset.UnixEpoch,
            };
            departure.Sources.Add(evidence is null
                ? new DepartureSource { Url = "https://example.org/csv", Evidence = "departures.csv:2", AddedAt = DateTimeOffset.UnixEpoch }
                : new DepartureSource { ArticleId = article.Id, Evidence = evidence, AddedAt = DateTimeOffset.UnixEpoch });
            db.Departures.Add(departure);
            return departure;
        }

        Add(tulloch, tml, meta, "2025-10", "co-founder", true, "Andrew Tulloch, a co-founder, left for Meta in October 2025.");
        Add(zoph, tml, openAi, "2026-01-14", "CTO", false, "Barret Zoph left for OpenAI in January 2026.");
        Add(metz, openAi, tml, "2025-02", "researcher", false, null);
        Add(metz, tml, openAi, "2026-01", "co-founder", true, "Luke Metz, a co-founder, also returned to OpenAI in January 2026.");
        Add(null, tml, null, "2026", "co-founder", true, null);
        Add(chen, veritas, meta, "2026-Q1", "engineer", false, null);
        var rejected = Add(chen, veritas, openAi, "2026-02-02", "engineer", false, null);
        rejected.Status = DepartureStatus.Rejected;
        await db.SaveChangesAsync();
    }
}
