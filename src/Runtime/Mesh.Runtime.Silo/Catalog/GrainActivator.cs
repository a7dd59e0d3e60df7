using System.Reflection;
using Mesh.Runtime.Activation;
using Mesh.Runtime.State;
using Microsoft.Extensions.DependencyInjection;

namespace Mesh.Runtime.Catalog;

/// <summary>
/// Builds grain objects of one class: services from the container, <see cref="IPersistentState{TState}"/>
/// for parameters marked [PersistentState]. The constructor plan is worked out once per class.
/// </summary>
internal sealed class GrainActivator
{
    private readonly ConstructorInfo _constructor;
    private readonly Func<GrainActivation, object>[] _arguments;

    public GrainActivator(Type grainClass)
    {
        _constructor = grainClass.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new InvalidOperationException($"Grain class {grainClass.FullName} has no public constructor.");
        _arguments = [.. _constructor.GetParameters().Select(ArgumentFor)];
    }

    public CreatedGrain Create(GrainActivation activation)
    {
        var arguments = new object[_arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = _arguments[i](activation);
        }

        var grain = (Grain)GrainContextScope.Construct<object>(activation, () => _constructor.Invoke(arguments));
        return new CreatedGrain(grain, [.. arguments.OfType<IStateLoader>()]);
    }

    private static Func<GrainActivation, object> ArgumentFor(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (parameter.GetCustomAttribute<PersistentStateAttribute>() is { } stateAttribute)
        {
            if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(IPersistentState<>))
            {
                throw new InvalidOperationException(
                    $"[PersistentState] parameter '{parameter.Name}' of {parameter.Member.DeclaringType?.FullName} must be IPersistentState<T>.");
            }

            var factory = PersistentStateFactory.For(type.GetGenericArguments()[0]);
            var storageName = stateAttribute.StorageName ?? GrainStorageNames.Default;
            return activation => factory(activation.GrainId, stateAttribute.StateName, activation.Services.GetGrainStorage(storageName), activation.Services);
        }

        if (type == typeof(IGrainContext))
        {
            return activation => activation;
        }

        return activation => activation.Services.GetRequiredService(type);
    }
}

/// <summary>A new grain object and the states to read before it activates.</summary>
internal sealed record CreatedGrain(Grain Grain, IReadOnlyList<IStateLoader> States);
