declare namespace App {
  interface Locals {
    /** Citation markers rendered so far on the page being built: gives each tooltip a unique id. */
    citeCount?: number;
  }
}
