namespace TalentWatch.Core.Accounts;

/// <summary>The two roles an account can hold. Reading needs no role; changing the record does.</summary>
public static class Roles
{
    /// <summary>Reviews extracted departures and corrects companies and people.</summary>
    public const string Editor = "Editor";

    /// <summary>Everything an editor can do, plus managing accounts and settings.</summary>
    public const string Admin = "Admin";

    public static IReadOnlyList<string> All { get; } = [Editor, Admin];
}
