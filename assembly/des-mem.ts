// Raw static memory for the line dynamics (des*.ts). Their state lives in blocks reserved with
// memory.data, addressed by constant pointers, rather than in StaticArrays: a global StaticArray
// is a managed reference, and the incremental runtime's shadow stack stores every one the code
// touches, several times per event. Plain loads and stores at a fixed address cost nothing of that.

// @ts-ignore: decorator
@inline export function f64At(base: usize, i: i32): f64 {
  return load<f64>(base + (<usize>i << 3));
}

// @ts-ignore: decorator
@inline export function setF64(base: usize, i: i32, x: f64): void {
  store<f64>(base + (<usize>i << 3), x);
}

// @ts-ignore: decorator
@inline export function addF64(base: usize, i: i32, x: f64): void {
  const at = base + (<usize>i << 3);
  store<f64>(at, load<f64>(at) + x);
}

// @ts-ignore: decorator
@inline export function i32At(base: usize, i: i32): i32 {
  return load<i32>(base + (<usize>i << 2));
}

// @ts-ignore: decorator
@inline export function setI32(base: usize, i: i32, x: i32): void {
  store<i32>(base + (<usize>i << 2), x);
}
