export { Timeline, type TimelineProps } from './Timeline';
export {
  bringIntoView,
  chronological,
  coreWindow,
  panWindow,
  stepThrough,
  toItems,
  toLanes,
  windowAround,
  periodId,
  zoomWindow,
  type ItemModel,
  type LaneModel,
} from './model';
