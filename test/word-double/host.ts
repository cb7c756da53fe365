/**
 * The double as the host behind Microsoft's library: it answers the JSON request each `context.sync()` of the
 * library sends (test/word-double/library.ts) from its document model, in the response form the library parses.
 *
 * A request holds object paths (1 the global object, i.e. the document; 2 a new object such as the
 * application; 3 a method's result; 4 a property; 6 an object by the reference id an earlier response gave)
 * and actions (1 instantiate, 2 query, 3 method, 4 set a property). Each path is resolved on the double's own
 * Office.js-like objects (office.ts) — Word's PascalCase names in camelCase — each action queued on them, and
 * the double's batch carried out once per request; then every instantiated object is answered with a
 * `_ReferenceId` (or null for a null object), every query with the loaded values (PascalCase keys, `_Items`
 * for a collection), every method with its result. A failure answers `{ Error: { Code, Message, Location } }`,
 * which the library turns into OfficeExtension.Error with its code and debugInfo.
 *
 * What the library decides is Microsoft's: load/sync, PropertyNotLoaded, *OrNullObject, tracked objects,
 * Word.run's arguments, set(), the error objects. What the answers say is the double's claim about Word.
 */
import { DoubleContext, OfficeError, WordDouble } from "./office";
import type { Answer, LibraryRequest, LibraryResponse } from "./connect";

interface ObjectPath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

/** Arguments; where ReferencedObjectPathIds[i] is not 0, argument i is that object path (SearchOptions). */
interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: number[];
}

interface Action {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number };
}

const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

type Target = Record<string, unknown>;
const isCollection = (o: unknown) => !!o && typeof o === "object" && "getFirstOrNullObject" in (o as object);
const isClientObject = (o: unknown) => !!o && typeof o === "object" && "isNullObject" in (o as object);

/** The answer function for loadWordLibrary: the double as Word. */
export function answerFrom(double: WordDouble): Answer {
  const context = new DoubleContext(double);
  context.open = true;
  const references = new Map<string, Target>();
  let nextReference = 1;
  const referenceOf = (o: Target) => {
    for (const [id, r] of references) if (r === o) return id;
    const id = `r${nextReference++}`;
    references.set(id, o);
    return id;
  };

  return (request: LibraryRequest): LibraryResponse => {
    const paths = (request.ObjectPaths ?? {}) as Record<string, ObjectPath>;
    const actions = (request.Actions ?? []) as Action[];
    const resolved = new Map<number, Target>();
    const resolve = (id: number): Target => {
      const known = resolved.get(id);
      if (known) return known;
      const path = paths[id];
      if (!path) throw new OfficeError("InvalidObjectPath", `no object path ${id}`);
      let target: unknown;
      const args = argumentsOf(path.ArgumentInfo);
      switch (path.ObjectPathType) {
        case 1:
          target = context.document;
          break;
        case 2:
          // New objects: the application, and option objects whose properties the request then sets.
          if (/\.Application$/.test(path.Name)) target = context.application;
          else if (/\.SearchOptions$/.test(path.Name)) target = {};
          else throw new OfficeError("NotImplemented", path.Name);
          break;
        case 3: {
          const parent = resolve(path.ParentObjectPathId!);
          const method = parent[camel(path.Name)];
          if (typeof method !== "function")
            throw new OfficeError("NotImplemented", `the double has no ${path.Name}`);
          target = (method as (...a: unknown[]) => unknown).apply(parent, args);
          break;
        }
        case 4: {
          const parent = resolve(path.ParentObjectPathId!);
          if (!(camel(path.Name) in parent))
            throw new OfficeError("NotImplemented", `the double has no ${path.Name}`);
          target = parent[camel(path.Name)];
          break;
        }
        case 6:
          target = references.get(path.Name);
          if (!target) throw new OfficeError("InvalidObjectPath", `no object ${path.Name}`);
          break;
        default:
          throw new OfficeError("NotImplemented", `object path type ${path.ObjectPathType}`);
      }
      resolved.set(id, target as Target);
      return target as Target;
    };

    const argumentsOf = (info?: ArgumentInfo) =>
      (info?.Arguments ?? []).map((a, i) => {
        const ref = info?.ReferencedObjectPathIds?.[i];
        return ref ? resolve(ref) : a;
      });

    // Queue every action on the double's objects, in order; what to answer is worked out after its sync.
    const answers: { id: number; value: () => unknown }[] = [];
    try {
      for (const action of actions) {
        const target = resolve(action.ObjectPathId);
        const args = argumentsOf(action.ArgumentInfo);
        switch (action.ActionType) {
          case 1: {
            // Instantiate: a client object is checked for existence (null, or ItemNotFound) at the sync.
            if (isClientObject(target)) (target.load as () => void)();
            answers.push({
              id: action.Id,
              value: () =>
                isClientObject(target) && target.isNullObject ? null : { _ReferenceId: referenceOf(target) },
            });
            break;
          }
          case 2: {
            const select = action.QueryInfo?.Select ?? [];
            const { Top: top, Skip: skip } = action.QueryInfo ?? {};
            if (isCollection(target)) {
              (target.load as (o: unknown) => void)({ select, top, skip });
              answers.push({ id: action.Id, value: () => collectionValue(target, select, referenceOf) });
            } else {
              (target.load as (o: unknown) => void)(select);
              answers.push({ id: action.Id, value: () => objectValue(target, select, referenceOf) });
            }
            break;
          }
          case 3: {
            if (action.Name === "_KeepReference") break;
            // The library's release of an object it tracked (TrackedObjects._removeCommon and Word.run's cleanup
            // call Document._RemoveReference(referenceId), word-web-16.00.debug.js): the reference is forgotten.
            if (action.Name === "_RemoveReference") {
              references.delete(String(args[0]));
              answers.push({ id: action.Id, value: () => null });
              break;
            }
            const method = target[camel(action.Name)];
            if (typeof method !== "function")
              throw new OfficeError("NotImplemented", `the double has no ${action.Name}`);
            const result = (method as (...a: unknown[]) => unknown).apply(target, args);
            answers.push({
              id: action.Id,
              value: () => (result && typeof result === "object" && "value" in result ? result.value : null),
            });
            break;
          }
          case 4:
            target[camel(action.Name)] = args[0];
            break;
          default:
            throw new OfficeError("NotImplemented", `action type ${action.ActionType}`);
        }
      }
      context.syncNow();
      return {
        ok: true,
        body: { Results: answers.map((a) => ({ ActionId: a.id, Value: a.value() })) },
      };
    } catch (err) {
      const e =
        err instanceof OfficeError ? err : new OfficeError("GeneralException", (err as Error).message);
      return { ok: false, code: e.code, message: e.message };
    }
  };
}

/** A loaded object as the library reads it: PascalCase keys, nested objects for "font/bold". */
function objectValue(target: Target, select: string[], referenceOf: (o: Target) => string): unknown {
  if (target.isNullObject) return null;
  const value: Record<string, unknown> = { _ReferenceId: referenceOf(target) };
  for (const path of select) {
    const [head, ...rest] = path.split("/");
    if (rest.length) {
      const child = target[head] as Target;
      const inner = (value[pascal(head)] ??= {}) as Record<string, unknown>;
      Object.assign(inner, objectValue(child, [rest.join("/")], referenceOf));
      delete inner._ReferenceId;
    } else {
      value[pascal(head)] = target[head];
    }
  }
  return value;
}

function collectionValue(target: Target, select: string[], referenceOf: (o: Target) => string): unknown {
  const items = target.items as Target[] | undefined;
  const value: Record<string, unknown> = { _ReferenceId: referenceOf(target) };
  if (items) value._Items = items.map((item) => objectValue(item, select, referenceOf));
  return value;
}
