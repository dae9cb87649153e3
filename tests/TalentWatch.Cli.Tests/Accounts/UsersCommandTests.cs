using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Cli.Hosting;
using TalentWatch.Data;
using TalentWatch.Data.Accounts;

namespace TalentWatch.Cli.Tests.Accounts;

/// <summary><c>talentwatch users</c> as its own process, the password piped to standard input as a script would.</summary>
public sealed class UsersCommandTests : IDisposable
{
    private const string Password = "a long enough passphrase";

    private readonly string directory = Directory.CreateTempSubdirectory("talentwatch-users-tests-").FullName;

    private string Db => Path.Combine(directory, "store.db");

    [Fact]
    public async Task Add_reads_the_password_from_standard_input_and_the_account_can_sign_in()
    {
        var (exit, output, error) = await RunAsync(Password + "\n", "users", "add", "ada@example.com", "--role", "admin", "--db", Db);

        Assert.True(exit == ExitCodes.Success, error);
        Assert.Contains("ada@example.com: account created with the Admin role.", output, StringComparison.Ordinal);
        await using var services = Accounts();
        var users = services.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByEmailAsync("ada@example.com");
        Assert.NotNull(user);
        Assert.True(await users.CheckPasswordAsync(user, Password));
        Assert.False(await users.CheckPasswordAsync(user, "a different passphrase"));
        Assert.Equal(["Admin"], await users.GetRolesAsync(user));
    }

    [Fact]
    public async Task A_password_passed_as_an_argument_is_a_usage_error_and_creates_nothing()
    {
        var (exit, _, error) = await RunAsync("", "users", "add", "ada@example.com", "--role", "editor", "--password", Password, "--db", Db);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--password", error, StringComparison.Ordinal);
        Assert.DoesNotContain("ada@example.com", (await RunAsync("", "users", "list", "--db", Db)).Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_password_is_refused_with_Identity_s_rule()
    {
        var (exit, _, error) = await RunAsync("short\n", "users", "add", "ada@example.com", "--role", "editor", "--db", Db);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains($"ada@example.com: password rejected: Passwords must be at least {AccountRegistration.MinPasswordLength} characters.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_email_unknown_role_duplicate_and_missing_password_are_explained()
    {
        var badEmail = await RunAsync(Password + "\n", "users", "add", "not-an-email", "--role", "editor", "--db", Db);
        var badRole = await RunAsync(Password + "\n", "users", "add", "ada@example.com", "--role", "boss", "--db", Db);
        var noPassword = await RunAsync("", "users", "add", "ada@example.com", "--role", "editor", "--db", Db);
        await RunAsync(Password + "\n", "users", "add", "ada@example.com", "--role", "editor", "--db", Db);
        var duplicate = await RunAsync(Password + "\n", "users", "add", "ADA@example.com", "--role", "editor", "--db", Db);

        Assert.Equal(ExitCodes.BadInput, badEmail.Exit);
        Assert.Contains("not-an-email: Email 'not-an-email' is invalid.", badEmail.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, badRole.Exit);
        Assert.Contains("--role 'boss': expected admin or editor.", badRole.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, noPassword.Exit);
        Assert.Contains("No password given", noPassword.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, duplicate.Exit);
        Assert.Contains("already exists", duplicate.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Set_role_replaces_the_role_and_list_shows_it()
    {
        await RunAsync(Password + "\n", "users", "add", "ada@example.com", "--role", "editor", "--db", Db);

        var set = await RunAsync("", "users", "set-role", "ada@example.com", "--role", "admin", "--db", Db);
        var list = await RunAsync("", "users", "list", "--db", Db);
        var unknown = await RunAsync("", "users", "set-role", "bob@example.com", "--role", "admin", "--db", Db);

        Assert.Equal(ExitCodes.Success, set.Exit);
        Assert.Contains("ada@example.com\tAdmin", list.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, unknown.Exit);
        Assert.Contains("bob@example.com: no account has this email", unknown.Error, StringComparison.Ordinal);
    }

    private ServiceProvider Accounts()
    {
        var services = new ServiceCollection().AddLogging().AddTalentWatchServices(new ConfigurationBuilder().Build(), Db);
        services.AddTalentWatchAccounts();
        return services.BuildServiceProvider();
    }

    private static async Task<(int Exit, string Out, string Error)> RunAsync(string input, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "talentwatch.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }
}
