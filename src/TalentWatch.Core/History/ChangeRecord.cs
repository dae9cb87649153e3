namespace TalentWatch.Core.History;

/// <summary>
/// One change an editor made to a departure, company or person: who, when, what, and the changed fields before and after (as
/// JSON objects). Written in the same transaction as the change, never updated or deleted, so the record's history is complete.
/// </summary>
public sealed class ChangeRecord
{
    public int Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The account id of the editor (null for a change made outside an account, e.g. a command-line tool).</summary>
    public string? ActorId { get; set; }

    /// <summary>The editor's display name or e-mail at the time of the change, so the history reads well after an account goes.</summary>
    public required string ActorName { get; set; }

    public ChangedRecordType RecordType { get; set; }

    public int RecordId { get; set; }

    /// <summary>One of <see cref="ChangeActions"/>.</summary>
    public required string Action { get; set; }

    /// <summary>The changed fields before the change, as a JSON object; null when the record did not exist or nothing is compared.</summary>
    public string? Before { get; set; }

    /// <summary>The changed fields after the change, as a JSON object.</summary>
    public string? After { get; set; }

    /// <summary>A sentence a person reads in the history panel ("Accepted", "Destination: Meta → Google").</summary>
    public required string Summary { get; set; }
}

public enum ChangedRecordType
{
    Departure = 0,
    Company = 1,
    Person = 2,
}

public static class ChangeActions
{
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";
    public const string Restored = "restored";
    public const string Edited = "edited";

    /// <summary>An editor recorded a departure the extractor missed, from sentences of an article.</summary>
    public const string AddedFromArticle = "added-from-article";

    /// <summary>On the surviving record: another record was merged into it.</summary>
    public const string Merged = "merged";

    /// <summary>On the absorbed record: it was merged into another one.</summary>
    public const string MergedInto = "merged-into";
    public const string AliasAdded = "alias-added";
    public const string AliasRemoved = "alias-removed";
    public const string FoundingTeamSizeSet = "founding-team-size-set";
    public const string HeadcountAdded = "headcount-added";
    public const string HeadcountRemoved = "headcount-removed";
}

/// <summary>Who makes a change: the signed-in account's id and the name shown in the history.</summary>
public sealed record Actor(string? Id, string Name)
{
    public static Actor Named(string? id, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new Actor(id, name.Trim());
    }
}
