using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.Extensions.DependencyInjection;

namespace TalentWatch.Data.Store;

/// <summary>
/// <c>EF.Functions.Like</c> as SQLite runs it, on PostgreSQL: ignoring ASCII case (decision O5). The web search boxes use
/// <c>Like</c>; PostgreSQL's own <c>LIKE</c> is case-sensitive, so there it becomes <c>lower(value) LIKE lower(pattern)</c>.
/// Under the "C" collation of every text column <c>lower</c> folds ASCII letters only, exactly SQLite's rule.
/// </summary>
internal sealed class PostgresLikeExtension : IDbContextOptionsExtension
{
    public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services) =>
        services.AddScoped<IMethodCallTranslatorPlugin, TranslatorPlugin>();

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "AsciiCaseInsensitiveLike ";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["TalentWatch:AsciiCaseInsensitiveLike"] = "1";
    }

    private sealed class TranslatorPlugin(ISqlExpressionFactory sql) : IMethodCallTranslatorPlugin
    {
        public IEnumerable<IMethodCallTranslator> Translators { get; } = [new LikeTranslator(sql)];
    }

    private sealed class LikeTranslator(ISqlExpressionFactory sql) : IMethodCallTranslator
    {
        private static readonly MethodInfo Like = typeof(DbFunctionsExtensions).GetMethod(
            nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string)])!;

        private static readonly MethodInfo LikeWithEscape = typeof(DbFunctionsExtensions).GetMethod(
            nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

        public SqlExpression? Translate(SqlExpression? instance, MethodInfo method, IReadOnlyList<SqlExpression> arguments, IDiagnosticsLogger<DbLoggerCategory.Query> logger)
        {
            if (method != Like && method != LikeWithEscape)
            {
                return null;
            }

            return sql.Like(Lower(arguments[1]), Lower(arguments[2]), method == LikeWithEscape ? arguments[3] : null);
        }

        private SqlExpression Lower(SqlExpression value) =>
            sql.Function("lower", [value], nullable: true, argumentsPropagateNullability: [true], typeof(string), value.TypeMapping);
    }
}
