using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using TalentWatch.Cli.Hosting;
using TalentWatch.Core.Accounts;
using TalentWatch.Data;
using TalentWatch.Data.Accounts;
using TalentWatch.Data.Store;

namespace TalentWatch.Cli.Accounts;

/// <summary>
/// <c>users add EMAIL --role admin|editor</c>, <c>users list</c>, <c>users set-role EMAIL --role ...</c>: accounts for the web
/// app's sign-in, in the same store. The password never travels as an argument (it would sit in the shell history and in
/// <c>ps</c>): it is typed at a hidden prompt, or read from standard input when that is redirected.
/// </summary>
public static class UsersCommand
{
    public static Command Create()
    {
        var users = new Command("users", "Manage the accounts that may sign in to the web app (editors and admins).");
        users.Subcommands.Add(CreateAdd());
        users.Subcommands.Add(CreateList());
        users.Subcommands.Add(CreateSetRole());
        return users;
    }

    private static Option<string> RoleOption() => new("--role")
    {
        Description = "admin (everything, including accounts) or editor (review, edit and import).",
        Required = true,
        HelpName = "admin|editor",
    };

    private static Command CreateAdd() => AccountCommand("add",
        "Create an account. The password is asked for (hidden), or read from standard input when redirected.",
        "The account's email address; it is also the sign-in name.",
        async account =>
        {
            var (parseResult, error, address, roleName, services, userManager) = account;
            if (await userManager.FindByEmailAsync(address) is not null)
            {
                await error.WriteLineAsync($"{address}: an account with this email already exists (use 'users set-role' to change its role).");
                return ExitCodes.BadInput;
            }

            var password = ReadPassword(address);
            if (password is null)
            {
                await error.WriteLineAsync("No password given: type it at the prompt or pipe it to standard input.");
                return ExitCodes.BadInput;
            }

            var problems = await AccountCreation.CreateAsync(userManager, services.GetRequiredService<RoleManager<IdentityRole>>(), address, password, roleName);
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    await error.WriteLineAsync($"{address}: {problem}");
                }

                return ExitCodes.BadInput;
            }

            await CommandOutput.Out(parseResult).WriteLineAsync($"{address}: account created with the {roleName} role.");
            return ExitCodes.Success;
        });

    private static Command CreateList()
    {
        var db = StoreOption.Create();
        var command = new Command("list", "List the accounts and their roles.") { db };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = await OpenAsync(parseResult.GetValue(db), cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var userManager = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var output = CommandOutput.Out(parseResult);
            var accounts = await userManager.Users.OrderBy(u => u.Email).ToListAsync(cancellationToken);
            if (accounts.Count == 0)
            {
                await output.WriteLineAsync("No accounts yet: create the first with 'talentwatch users add EMAIL --role admin'.");
            }

            foreach (var account in accounts)
            {
                var roles = await userManager.GetRolesAsync(account);
                var locked = account.LockoutEnd is { } end && end > DateTimeOffset.UtcNow ? " (locked)" : "";
                await output.WriteLineAsync($"{account.Email}\t{string.Join(",", roles.Order(StringComparer.Ordinal))}{locked}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateSetRole() => AccountCommand("set-role",
        "Give an account the admin or the editor role (replacing the one it had).",
        "The account's email address.",
        async account =>
        {
            var (parseResult, error, address, roleName, services, userManager) = account;
            var user = await userManager.FindByEmailAsync(address);
            if (user is null)
            {
                await error.WriteLineAsync($"{address}: no account has this email ('talentwatch users list' shows them).");
                return ExitCodes.BadInput;
            }

            await AccountCreation.EnsureRolesAsync(services.GetRequiredService<RoleManager<IdentityRole>>());
            var result = await AccountRoles.SetRoleAsync(userManager, user, roleName);
            if (!result.Succeeded)
            {
                foreach (var problem in result.Errors)
                {
                    await error.WriteLineAsync($"{address}: {problem.Description}");
                }

                return ExitCodes.BadInput;
            }

            await CommandOutput.Out(parseResult).WriteLineAsync($"{address}: now {roleName}.");
            return ExitCodes.Success;
        });

    /// <summary>What an account command's action works on: the role is checked and the store is open.</summary>
    private sealed record AccountRequest(
        ParseResult ParseResult, TextWriter Error, string Address, string RoleName, IServiceProvider Services, UserManager<IdentityUser> UserManager);

    /// <summary>
    /// A command on one account: <c>EMAIL --role admin|editor [--db]</c>. A role other than admin or editor is a usage error
    /// before the store is opened; the action gets the trimmed address and the store's user manager.
    /// </summary>
    private static Command AccountCommand(string name, string description, string emailDescription, Func<AccountRequest, Task<int>> action)
    {
        var email = new Argument<string>("EMAIL") { Description = emailDescription };
        var role = RoleOption();
        var db = StoreOption.Create();
        var command = new Command(name, description)
        {
            email,
            role,
            db,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var error = CommandOutput.Error(parseResult);
            if (!TryRole(parseResult.GetValue(role), out var roleName))
            {
                await error.WriteLineAsync($"--role '{parseResult.GetValue(role)}': expected admin or editor.");
                return ExitCodes.Usage;
            }

            var address = parseResult.GetValue(email)!.Trim();
            await using var services = await OpenAsync(parseResult.GetValue(db), cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var userManager = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            return await action(new AccountRequest(parseResult, error, address, roleName, scope.ServiceProvider, userManager));
        });
        return command;
    }

    internal static bool TryRole(string? value, out string role)
    {
        role = Roles.All.FirstOrDefault(r => string.Equals(r, value?.Trim(), StringComparison.OrdinalIgnoreCase)) ?? "";
        return role.Length > 0;
    }

    /// <summary>The store (migrated, like every store command) with Identity's user and role managers over it.</summary>
    private static async Task<ServiceProvider> OpenAsync(string? databasePath, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var services = new ServiceCollection().AddLogging().AddTalentWatchServices(configuration, databasePath);
        services.AddTalentWatchAccounts();
        var provider = services.BuildServiceProvider();
        await StoreMigrator.MigrateAsync(provider.GetRequiredService<IDbContextFactory<TalentWatchDbContext>>(), cancellationToken);
        return provider;
    }

    /// <summary>Standard input's first line when redirected (scripts, tests); otherwise a hidden prompt typed twice.</summary>
    private static string? ReadPassword(string address)
    {
        if (Console.IsInputRedirected)
        {
            var line = Console.In.ReadLine();
            return string.IsNullOrEmpty(line) ? null : line.TrimEnd('\r');
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var password = console.Prompt(new TextPrompt<string>($"Password for {Markup.Escape(address)} (at least {AccountRegistration.MinPasswordLength} characters):").Secret());
            var again = console.Prompt(new TextPrompt<string>("The same password again:").Secret());
            if (password == again)
            {
                return password;
            }

            console.MarkupLine("[red]The two passwords differ; try again.[/]");
        }

        return null;
    }
}
