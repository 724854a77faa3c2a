// Prints which folders of src/CroydonBot use which, read from the compiled assembly rather than from
// using directives (a using can be unused, and a fully qualified name needs none), and exits with 1 when
// the folders form a cycle. Run through scripts/folder-graph.sh, which builds the assembly first.
#:package Mono.Cecil
using Mono.Cecil;
using Mono.Cecil.Cil;

if (args.Length != 1 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("Usage: dotnet run --file scripts/FolderGraph.cs -- path/to/CroydonBot.dll");
    return 2;
}

var module = ModuleDefinition.ReadModule(args[0]);
// folder -> folder it uses -> one example "Type -> Type", so a surprising edge can be found at once.
var edges = new SortedDictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal);
foreach (var type in module.GetTypes())
{
    if (FolderGraph.FolderOf(type) is not { } from)
    {
        continue;
    }
    edges.TryAdd(from, new(StringComparer.Ordinal));
    foreach (var used in FolderGraph.TypesUsedBy(type))
    {
        if (FolderGraph.FolderOf(used) is { } to && to != from)
        {
            edges[from].TryAdd(to, $"{FolderGraph.Name(type)} -> {FolderGraph.Name(used)}");
        }
    }
}
foreach (var to in edges.Values.SelectMany(e => e.Keys).ToList())
{
    edges.TryAdd(to, new(StringComparer.Ordinal));
}

var cycles = FolderGraph.Cycles(edges);
// Leaves first: each folder is printed after every folder it uses, when there is no cycle.
var order = cycles.Count == 0 ? FolderGraph.LeavesFirst(edges) : [.. edges.Keys];
var width = order.Max(f => f.Length);
Console.WriteLine($"Folders of src/CroydonBot, each after the folders it uses ({Path.GetFileName(args[0])}):");
foreach (var folder in order)
{
    var uses = edges[folder].Keys;
    Console.WriteLine($"  {folder.PadRight(width)} -> {(uses.Count == 0 ? "(nothing)" : string.Join(", ", uses))}");
}
if (cycles.Count == 0)
{
    Console.WriteLine("No cycle: every folder uses only folders printed above it.");
    return 0;
}
foreach (var cycle in cycles)
{
    Console.WriteLine($"CYCLE between {string.Join(", ", cycle)}:");
    foreach (var from in cycle)
    {
        foreach (var (to, example) in edges[from].Where(e => cycle.Contains(e.Key)))
        {
            Console.WriteLine($"  {from} -> {to}   e.g. {example}");
        }
    }
}
return 1;

static class FolderGraph
{
    /// <summary>
    /// The folder a type lives in: the namespace part after CroydonBot. Razor compiles the .cshtml pages
    /// into AspNetCoreGeneratedDocument, so they count as Pages; Program's top-level statements are Program.
    /// Types from other assemblies and compiler-generated helpers have no folder.
    /// </summary>
    public static string? FolderOf(TypeReference type)
    {
        while (type is TypeSpecification spec)
        {
            type = spec.ElementType;
        }
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }
        if (type.Scope is not ModuleDefinition && type.Scope?.Name != "CroydonBot")
        {
            return null;
        }
        var ns = type.Namespace;
        return ns switch
        {
            "CroydonBot" => "(app)",
            "AspNetCoreGeneratedDocument" => "Pages",
            "" when type.Name == "Program" => "Program",
            _ when ns.StartsWith("CroydonBot.", StringComparison.Ordinal) => ns["CroydonBot.".Length..].Split('.')[0],
            _ => null,
        };
    }

    public static string Name(TypeReference type) => type.GetElementType().FullName.Replace('/', '.');

    /// <summary>Every type a type mentions: base, interfaces, members' signatures and what its method bodies touch.</summary>
    public static IEnumerable<TypeReference> TypesUsedBy(TypeDefinition type)
    {
        var found = new List<TypeReference>();
        if (type.BaseType is not null)
        {
            Add(found, type.BaseType);
        }
        foreach (var i in type.Interfaces)
        {
            Add(found, i.InterfaceType);
        }
        foreach (var attribute in type.CustomAttributes)
        {
            Add(found, attribute.AttributeType);
        }
        foreach (var field in type.Fields)
        {
            Add(found, field.FieldType);
        }
        foreach (var property in type.Properties)
        {
            Add(found, property.PropertyType);
        }
        foreach (var method in type.Methods)
        {
            AddMethod(found, method);
            if (!method.HasBody)
            {
                continue;
            }
            foreach (var variable in method.Body.Variables)
            {
                Add(found, variable.VariableType);
            }
            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference t:
                        Add(found, t);
                        break;
                    case MethodReference m:
                        AddMethod(found, m);
                        break;
                    case FieldReference f:
                        Add(found, f.DeclaringType);
                        Add(found, f.FieldType);
                        break;
                }
            }
        }
        return found;
    }

    private static void AddMethod(List<TypeReference> found, MethodReference method)
    {
        Add(found, method.DeclaringType);
        Add(found, method.ReturnType);
        foreach (var p in method.Parameters)
        {
            Add(found, p.ParameterType);
        }
        if (method is GenericInstanceMethod generic)
        {
            foreach (var argument in generic.GenericArguments)
            {
                Add(found, argument);
            }
        }
    }

    private static void Add(List<TypeReference> found, TypeReference? type)
    {
        switch (type)
        {
            case null or GenericParameter:
                return;
            case GenericInstanceType generic:
                found.Add(generic.ElementType);
                foreach (var argument in generic.GenericArguments)
                {
                    Add(found, argument);
                }
                return;
            case TypeSpecification spec:
                Add(found, spec.ElementType);
                return;
            default:
                found.Add(type);
                return;
        }
    }

    /// <summary>The strongly connected components with more than one folder (Tarjan's algorithm).</summary>
    public static List<List<string>> Cycles(SortedDictionary<string, SortedDictionary<string, string>> edges)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var cycles = new List<List<string>>();
        foreach (var folder in edges.Keys)
        {
            if (!index.ContainsKey(folder))
            {
                Visit(folder);
            }
        }
        return cycles;

        void Visit(string folder)
        {
            index[folder] = low[folder] = index.Count;
            stack.Push(folder);
            foreach (var next in edges[folder].Keys)
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[folder] = Math.Min(low[folder], low[next]);
                }
                else if (stack.Contains(next))
                {
                    low[folder] = Math.Min(low[folder], index[next]);
                }
            }
            if (low[folder] != index[folder])
            {
                return;
            }
            var component = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                component.Add(member);
            }
            while (member != folder);
            if (component.Count > 1)
            {
                component.Sort(StringComparer.Ordinal);
                cycles.Add(component);
            }
        }
    }

    /// <summary>
    /// A topological order, leaves first: each folder's layer is one more than the highest layer it uses,
    /// and folders are printed by layer, then by name, so the output reads bottom-up and stays stable.
    /// </summary>
    public static List<string> LeavesFirst(SortedDictionary<string, SortedDictionary<string, string>> edges)
    {
        var layer = new Dictionary<string, int>();
        return [.. edges.Keys.OrderBy(Layer).ThenBy(f => f, StringComparer.Ordinal)];

        int Layer(string folder)
        {
            if (!layer.TryGetValue(folder, out var value))
            {
                value = layer[folder] = edges[folder].Keys.Select(Layer).DefaultIfEmpty(-1).Max() + 1;
            }
            return value;
        }
    }
}
