/** One way of answering the benchmark query: `call` resolves once the answer is in, and says if it erred. */
export interface GraphqlPath {
  readonly label: string;
  /** Resolves to true when the answer holds the expected `me`, false for an error answer. */
  call(): Promise<boolean>;
}
